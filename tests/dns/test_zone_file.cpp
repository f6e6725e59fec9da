// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns/zone_file.h"

#include <gtest/gtest.h>

namespace hopscope::dns {
namespace {

using wire::DnsName;
using wire::DnsRecord;
using wire::DnsType;

DnsName name(std::string_view text) {
    return DnsName::parse(text).value();
}

ZoneFileResult parseZone(std::string_view text, std::string_view origin = "example.com.") {
    ZoneFileOptions options;
    options.fileName = "test.zone";
    options.origin = name(origin);
    return ZoneFile::parse(text, options);
}

// The one error of a parse expected to have exactly one.
ZoneFileError onlyError(const ZoneFileResult& result) {
    if (result.errors.size() != 1) {
        ADD_FAILURE() << result.errors.size() << " errors instead of one";
        for (const auto& e : result.errors) {
            ADD_FAILURE() << "error: " << e.toString();
        }
    }
    return result.errors.empty() ? ZoneFileError{} : result.errors.front();
}

std::string presentations(const ZoneFileResult& result) {
    std::string out;
    for (const auto& e : result.entries) {
        out += e.record.toPresentation() + '\n';
    }
    return out;
}

TEST(ZoneFile, ParsesEveryFeatureOfTheMasterFormat) {
    const auto result = parseZone(R"($TTL 1h
@   IN  SOA ns1 hostmaster (
            2026010100 ; serial
            2h 15m 2w
            300 )
    IN  NS  ns1
    NS  ns2.other.net.
ns1 600 IN A 192.0.2.53
    IN 700 AAAA 2001:db8::53
www CNAME @
mail MX 10 mail.example.com.
txt TXT "hello world" "with \"quotes\"; and a semicolon" plain \065\066
_sip._udp SRV 10 20 5060 sip
$ORIGIN sub.example.com.
host A 198.51.100.1
4.3.2.1.in-addr.arpa. PTR host
)");
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    EXPECT_EQ(presentations(result),
              "example.com. 3600 IN SOA ns1.example.com. hostmaster.example.com. 2026010100 "
              "7200 900 1209600 300\n"
              "example.com. 3600 IN NS ns1.example.com.\n"
              "example.com. 3600 IN NS ns2.other.net.\n"
              "ns1.example.com. 600 IN A 192.0.2.53\n"
              "ns1.example.com. 700 IN AAAA 2001:db8::53\n"
              "www.example.com. 3600 IN CNAME example.com.\n"
              "mail.example.com. 3600 IN MX 10 mail.example.com.\n"
              "txt.example.com. 3600 IN TXT \"hello world\" \"with \\\"quotes\\\"; and a "
              "semicolon\" \"plain\" \"AB\"\n"
              "_sip._udp.example.com. 3600 IN SRV 10 20 5060 sip.example.com.\n"
              "host.sub.example.com. 3600 IN A 198.51.100.1\n"
              "4.3.2.1.in-addr.arpa. 3600 IN PTR host.sub.example.com.\n");
    EXPECT_EQ(result.entries[3].line, 8u);
    EXPECT_EQ(result.entries[4].line, 9u);
    EXPECT_EQ(result.entries[4].column, 5u);
}

TEST(ZoneFile, OmittedTtlTakesThePreviousOneWithoutDollarTtl) {
    const auto result = parseZone("a 120 A 192.0.2.1\nb A 192.0.2.2\n c IN A 192.0.2.3\n");
    // " c IN A": owner omitted, so "c" is... not a TTL, not a class: the type; that fails.
    ASSERT_EQ(result.entries.size(), 2u);
    EXPECT_EQ(result.entries[1].record.ttl, 120u);
    EXPECT_EQ(onlyError(result).line, 3u);
}

TEST(ZoneFile, SoaWithoutAnyTtlUsesItsMinimum) {
    const auto result = parseZone("@ SOA ns hm 1 2 3 4 55\n@ NS ns\nns A 192.0.2.1\n");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.entries[0].record.ttl, 55u);
    EXPECT_EQ(result.entries[2].record.ttl, 55u);
    EXPECT_EQ(result.warnings.size(), 1u);
}

TEST(ZoneFile, EscapesInNamesAndTxt) {
    const auto result = parseZone("$TTL 1\na\\.b TXT \"\\\\x\\255\"\nabs\\. A 192.0.2.1\n");
    ASSERT_TRUE(result.ok()) << result.errors.front().toString();
    ASSERT_EQ(result.entries.size(), 0u + 2u);
    EXPECT_EQ(result.entries[0].record.name.labels().front(), "a.b");
    const auto& txt = std::get<wire::DnsTxtRdata>(result.entries[0].record.rdata);
    EXPECT_EQ(txt.strings.front(), std::string("\\x\xff"));
    // "abs\." ends with an escaped dot: still relative.
    EXPECT_EQ(result.entries[1].record.name.toText(), "abs\\..example.com.");
}

TEST(ZoneFile, RootOriginAndAbsoluteNames) {
    const auto result = parseZone(". 3600000 NS A.ROOT-SERVERS.NET.\nA.ROOT-SERVERS.NET. 3600000 A "
                                  "198.41.0.4\n",
                                  ".");
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.entries[0].record.name.isRoot());
    EXPECT_EQ(result.entries[1].record.name.toText(), "A.ROOT-SERVERS.NET.");
    const auto relative = parseZone("$TTL 5\nfoo A 192.0.2.1\n", ".");
    EXPECT_EQ(relative.entries.at(0).record.name.toText(), "foo.");
}

TEST(ZoneFile, TtlUnits) {
    const auto result = parseZone("a 1w2d3h4m5s A 192.0.2.1\nb 2147483647 A 192.0.2.1\n");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.entries[0].record.ttl, 604800u + 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
    EXPECT_EQ(result.entries[1].record.ttl, 2147483647u);
}

struct ErrorCase {
    const char* text;
    std::size_t line;
    std::size_t column;
    const char* fragment;
};

class ZoneFileErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ZoneFileErrors, NamesFileLineColumnAndReason) {
    const auto& c = GetParam();
    const auto result = parseZone(c.text);
    const auto error = onlyError(result);
    EXPECT_EQ(error.file, "test.zone");
    EXPECT_EQ(error.line, c.line) << error.toString();
    EXPECT_EQ(error.column, c.column) << error.toString();
    EXPECT_NE(error.message.find(c.fragment), std::string::npos) << error.toString();
}

INSTANTIATE_TEST_SUITE_P(
    EveryError, ZoneFileErrors,
    ::testing::Values(
        ErrorCase{"$TTL 60\n  A 192.0.2.1\n", 2, 3, "no owner name"},
        ErrorCase{"$TTL 60\na ( A 192.0.2.1\n(\n)\n", 3, 1, "nested"},
        ErrorCase{"$TTL 60\na A 192.0.2.1 )\n", 2, 15, "without a matching"},
        ErrorCase{"$TTL 60\n\na ( A\n 192.0.2.1\n", 3, 3, "never closed"},
        ErrorCase{"$TTL 60\na TXT \"open\nb A 192.0.2.1\n", 2, 7, "not closed"},
        ErrorCase{"$TTL 60\na TXT abc\\", 2, 10, "escapes nothing"},
        ErrorCase{"$TTL 60\na TXT \"\\300\"\n", 2, 7, "above 255"},
        ErrorCase{"$TTL 60\na TXT \"\\12\"\n", 2, 7, "three digits"},
        ErrorCase{"$TTL 60\na..b A 192.0.2.1\n", 2, 1, "bad domain name"},
        ErrorCase{"$TTL 60\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa A "
                  "192.0.2.1\n",
                  2, 1, "at most 63"},
        ErrorCase{"$TTL 60\na 2147483648 A 192.0.2.1\n", 2, 3, "2147483647"},
        ErrorCase{"$TTL 60\na 5x A 192.0.2.1\n", 2, 3, "unexpected character"},
        ErrorCase{"$TTL 60\na 1h5 A 192.0.2.1\n", 2, 3, "needs a unit"},
        ErrorCase{"$TTL 60\na CH A 192.0.2.1\n", 2, 3, "only IN"},
        ErrorCase{"$TTL 60\na IN FOO 192.0.2.1\n", 2, 6, "unknown record type"},
        ErrorCase{"$TTL 60\na IN 60\n", 2, 6, "missing record type"},
        ErrorCase{"$TTL 60\na IN HINFO cpu os\n", 2, 6, "not supported"},
        ErrorCase{"$TTL 60\na A 192.0.2.256\n", 2, 5, "bad IPv4 address"},
        ErrorCase{"$TTL 60\na AAAA 2001:db8::g\n", 2, 8, "bad IPv6 address"},
        ErrorCase{"$TTL 60\na A\n", 2, 3, "needs an IPv4 address, found 0 fields"},
        ErrorCase{"$TTL 60\na A 192.0.2.1 192.0.2.2\n", 2, 15, "unexpected"},
        ErrorCase{"$TTL 60\na MX 70000 mail\n", 2, 6, "bad MX preference"},
        ErrorCase{"$TTL 60\na SRV 1 2 port host\n", 2, 11, "bad SRV port"},
        ErrorCase{"$TTL 60\na SOA ns hm 1 2 3 4\n", 2, 19, "needs MNAME"},
        ErrorCase{"$TTL 60\na SOA ns hm x 2 3 4 5\n", 2, 13, "bad SOA serial"},
        ErrorCase{"$TTL 60\na SOA ns hm 1 2 3 4 -5\n", 2, 21, "bad SOA minimum"},
        ErrorCase{"$TTL 60\na TXT\n", 2, 3, "at least one string"},
        ErrorCase{"$TTL 60\na CNAME \"quoted\"\n", 2, 9, "quoted string"},
        ErrorCase{"a A 192.0.2.1\n", 1, 3, "no TTL"}, ErrorCase{"$TTL\n", 1, 1, "needs a value"},
        ErrorCase{"$TTL 1d extra\n", 1, 9, "unexpected"},
        ErrorCase{"$TTL forever\n", 1, 6, "bad $TTL"},
        ErrorCase{"$ORIGIN a..b\n", 1, 9, "bad domain name"},
        ErrorCase{"$INCLUDE other.zone\n", 1, 1, "not supported"},
        ErrorCase{"$GENERATE 1-9 host$ A 192.0.2.$\n", 1, 1, "not supported"},
        ErrorCase{"$FOO bar\n", 1, 1, "unknown directive"}));

TEST(ZoneFile, TxtStringLongerThan255BytesIsAnError) {
    const std::string text = "$TTL 60\na TXT \"" + std::string(256, 'x') + "\"\n";
    const auto error = onlyError(parseZone(text));
    EXPECT_EQ(error.line, 2u);
    EXPECT_NE(error.message.find("at most 255"), std::string::npos);
}

TEST(ZoneFile, KeepsGoingAfterErrorsAndReportsThemAll) {
    const auto result = parseZone("$TTL 60\n"
                                  "a A 192.0.2.1\n"
                                  "b A 999.0.2.1\n" // 3
                                  "c BOGUS x\n"     // 4
                                  "d ( MX 10\n"     // 5
                                  "  mail )\n"
                                  "e A 1.2.3\n" // 7
                                  "f A 192.0.2.6\n");
    ASSERT_EQ(result.errors.size(), 3u);
    EXPECT_EQ(result.errors[0].line, 3u);
    EXPECT_EQ(result.errors[1].line, 4u);
    EXPECT_EQ(result.errors[2].line, 7u);
    ASSERT_EQ(result.entries.size(), 3u);
    EXPECT_EQ(result.entries[1].record.toPresentation(),
              "d.example.com. 60 IN MX 10 mail.example.com.");
    EXPECT_EQ(result.entries[1].line, 5u);
    EXPECT_EQ(result.entries[2].record.name.toText(), "f.example.com.");
}

TEST(ZoneFile, RecordsOfABadOwnerAreSkippedWithoutMoreErrors) {
    const auto result = parseZone("$TTL 60\na..b A 192.0.2.1\n  A 192.0.2.2\nc A 192.0.2.3\n");
    EXPECT_EQ(result.errors.size(), 1u);
    ASSERT_EQ(result.entries.size(), 1u);
    EXPECT_EQ(result.entries[0].record.name.toText(), "c.example.com.");
}

TEST(ZoneFile, ErrorFormatsLikeACompiler) {
    const ZoneFileError e{"z.zone", 12, 5, "boom"};
    EXPECT_EQ(e.toString(), "z.zone:12:5: boom");
    EXPECT_EQ((ZoneFileError{"z.zone", 0, 0, "gone"}).toString(), "z.zone: gone");
}

TEST(ZoneFile, MissingFileIsOneError) {
    const auto result = ZoneFile::load("/nonexistent/hopscope.zone", name("a."));
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].line, 0u);
    EXPECT_NE(result.errors[0].message.find("cannot open"), std::string::npos);
}

TEST(ZoneFile, SurvivesBinaryGarbage) {
    std::string garbage;
    for (int i = 0; i < 4096; ++i) {
        garbage.push_back(static_cast<char>((i * 7919) % 256));
    }
    const auto result = parseZone(garbage);
    EXPECT_FALSE(result.ok());
}

} // namespace
} // namespace hopscope::dns
