// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "client_address.h"

#include <string_view>

namespace hopscope::balance {

// What a balancer may look at to choose a backend. The views borrow from the proxy's parsed
// request and are only read during pick(), so building one costs no allocation.
struct RequestContext {
    ClientAddress client;          // source hashing; consistent hashing without a hash key
    std::string_view hashKey;      // consistent hashing, e.g. the URL path
    std::string_view stickyCookie; // value of the kStickyCookieName cookie, empty when absent
};

} // namespace hopscope::balance
