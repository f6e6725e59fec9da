// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

// Helpers shared by the dns tests: names, the shipped zone files and scenario, queries.

#include "dns/authority.h"
#include "dns/scenario.h"
#include "dns/zone.h"
#include "wire/dns_message.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <string_view>

namespace hopscope::dns::testing {

inline wire::DnsName name(std::string_view text) {
    return wire::DnsName::parse(text).value();
}

inline std::filesystem::path resourcesDir() {
    return std::filesystem::path(HOPSCOPE_SOURCE_DIR) / "resources";
}

inline std::filesystem::path defaultScenarioPath() {
    return resourcesDir() / "scenarios" / "default.scenario";
}

inline Zone shippedZone(std::string_view file, std::string_view origin) {
    auto result = Zone::fromFile(resourcesDir() / "zones" / file, name(origin));
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().toString());
    return std::move(*result.zone);
}

inline Scenario defaultScenario() {
    auto result = Scenario::load(defaultScenarioPath());
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().toString());
    return std::move(*result.scenario);
}

inline std::vector<std::uint8_t> queryBytes(std::string_view qname, wire::DnsType type,
                                            std::optional<std::uint16_t> edns = {},
                                            std::uint16_t id = 0x1234) {
    return wire::DnsMessage::query(id, name(qname), type, wire::DnsClass::IN, false, edns)
        .encode()
        .value();
}

inline wire::DnsMessage decodeOrFail(std::span<const std::uint8_t> bytes) {
    auto decoded = wire::DnsMessage::decode(bytes);
    EXPECT_TRUE(decoded.ok()) << decoded.problem;
    return decoded.message.value_or(wire::DnsMessage{});
}

} // namespace hopscope::dns::testing
