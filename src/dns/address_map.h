// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "endpoint.h"
#include "wire/ipv4_address.h"

#include <map>
#include <optional>

namespace hopscope::dns {

// Where to really send a query meant for a display address. The resolver only ever sees
// display addresses (198.41.0.4 from the root hints, glue from referrals); the engine supplies
// the mapping to loopback sockets. An address with no mapping is unreachable, which is how the
// engine keeps every packet on loopback unless live-internet mode is on.
class AddressMap {
public:
    virtual ~AddressMap() = default;
    // The real endpoint for `display`, or nullopt when the server must not be contacted.
    [[nodiscard]] virtual std::optional<Endpoint>
    endpointFor(const wire::Ipv4Address& display) const = 0;
};

// A fixed table display address -> loopback endpoint: the scenario's servers. Not thread-safe
// for writes; fill it before the resolver runs.
class StaticAddressMap final : public AddressMap {
public:
    void add(const wire::Ipv4Address& display, const Endpoint& real) { m_table[display] = real; }
    [[nodiscard]] std::optional<Endpoint>
    endpointFor(const wire::Ipv4Address& display) const override {
        const auto it = m_table.find(display);
        if (it == m_table.end()) {
            return std::nullopt;
        }
        return it->second;
    }
    [[nodiscard]] const std::map<wire::Ipv4Address, Endpoint>& table() const { return m_table; }

private:
    std::map<wire::Ipv4Address, Endpoint> m_table;
};

// Live-internet mode: a display address is the real address, port 53.
class IdentityAddressMap final : public AddressMap {
public:
    [[nodiscard]] std::optional<Endpoint>
    endpointFor(const wire::Ipv4Address& display) const override {
        return Endpoint{display, 53};
    }
};

} // namespace hopscope::dns
