// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "wire/field_text.h"
#include "wire/layer.h"

#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <string>
#include <utility>

namespace hopscope::wire {
namespace {

TEST(FieldText, PointsAtStaticTextAndCopiesTheRest) {
    static const char kLiteral[] = "Time to live";
    const FieldText fromLiteral = kLiteral;
    EXPECT_FALSE(fromLiteral.owned());
    EXPECT_EQ(fromLiteral.data(), kLiteral);
    EXPECT_EQ(fromLiteral.size(), 12U);

    std::string made = "Content-Type";
    const FieldText fromString = std::move(made);
    EXPECT_TRUE(fromString.owned());
    made = "changed";
    EXPECT_EQ(fromString, "Content-Type");

    std::string source = "X-Header";
    FieldText fromView(std::string_view{source});
    source[0] = 'Y';
    EXPECT_TRUE(fromView.owned());
    EXPECT_EQ(fromView, "X-Header");

    const FieldText none;
    EXPECT_TRUE(none.empty());
    EXPECT_STREQ(none.c_str(), "");
    const FieldText null = static_cast<const char*>(nullptr);
    EXPECT_TRUE(null.empty());
}

TEST(FieldText, CopiesOfOwnedTextAreIndependent) {
    FieldText a = std::string("owned text");
    FieldText b = a;
    EXPECT_TRUE(b.owned());
    EXPECT_NE(a.data(), b.data());
    EXPECT_EQ(a, b);
    a = "static";
    EXPECT_EQ(b, "owned text");
    FieldText c = std::move(b);
    EXPECT_EQ(c, "owned text");
    EXPECT_TRUE(b.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty by design
    const FieldText& same = c;
    c = same; // assigning a text to itself keeps it
    EXPECT_EQ(c, "owned text");
    std::string lvalue = "assigned";
    c = lvalue;
    EXPECT_TRUE(c.owned());
    EXPECT_EQ(c, "assigned");
    EXPECT_STREQ(c.c_str(), "assigned");
}

// Code written for std::string members keeps compiling and behaving the same.
TEST(FieldText, ReadsLikeAStdString) {
    Field f;
    f.name = "Source Port";
    f.filter = "tcp.srcport";
    const std::string protocol = "tcp";
    EXPECT_TRUE(f.filter == protocol + ".srcport");
    EXPECT_TRUE(f.filter != "tcp.dstport");
    EXPECT_TRUE("tcp.srcport" == f.filter);
    EXPECT_TRUE(std::string_view("tcp.srcport") == f.filter);

    const std::string asString = f.name;
    EXPECT_EQ(asString, "Source Port");
    const std::string_view asView = f.filter;
    EXPECT_EQ(asView, "tcp.srcport");
    EXPECT_EQ("where: " + f.name, "where: Source Port");
    EXPECT_EQ(f.name + " (" + f.filter + ")", "Source Port (tcp.srcport)");
    std::string appended = "x ";
    appended += f.name;
    EXPECT_EQ(appended, "x Source Port");

    const bool isLayer = false;
    const std::string& either = isLayer ? protocol : f.filter;
    EXPECT_EQ(either, "tcp.srcport");

    std::set<std::string> filters;
    filters.insert(f.filter);
    EXPECT_EQ(filters.count("tcp.srcport"), 1U);

    std::ostringstream out;
    out << f.name;
    EXPECT_EQ(out.str(), "Source Port");
}

} // namespace
} // namespace hopscope::wire
