// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include "trace/event.h"
#include "wire/dns_message.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace hopscope::gui {

// What the DNS lesson writes on a message: "A? www.foobar.com", "referral → com.
// (a.gtld-servers.net)", "CNAME foobar.com" / "A 198.51.100.10". Read from the event's real
// frame, so the pill says what the bytes say; the words around the records are translated.
class DnsMessageText {
    Q_DECLARE_TR_FUNCTIONS(DnsMessageText)

public:
    // The DNS message an event carries (Ethernet or raw IPv4, over UDP or TCP), decoded.
    [[nodiscard]] static std::optional<wire::DnsMessage> messageOf(const trace::Event& event);

    // The pill's lines: one for a query or a referral, one per answer record (at most
    // `maxRecords`, then "+N more").
    [[nodiscard]] static QStringList pillLines(const wire::DnsMessage& message, int maxRecords = 3);
    // One short line for a message already answered: "referral → com.", "CNAME foobar.com +3".
    [[nodiscard]] static QString shortText(const wire::DnsMessage& message);
    // The same for an event; its summary when it carries no DNS message.
    [[nodiscard]] static QStringList pillLines(const trace::Event& event, int maxRecords = 3);
    // "CNAME foobar.com, A 198.51.100.10", "NXDOMAIN", "no such record (NODATA)"; with
    // `maxRecords` >= 0, the records after that many are counted ("+2 more").
    [[nodiscard]] static QString answerText(wire::DnsRcode rcode,
                                            const std::vector<wire::DnsRecord>& answers,
                                            int maxRecords = -1);
    // "CNAME foobar.com" from a record.
    [[nodiscard]] static QString recordText(const wire::DnsRecord& record);
    // The smallest TTL among the answers, or of the SOA for a negative reply.
    [[nodiscard]] static std::optional<std::uint32_t> smallestTtl(const wire::DnsMessage& message);
    // "www.foobar.com" (no trailing dot; "." for the root).
    [[nodiscard]] static QString bareName(const wire::DnsName& name);
};

} // namespace hopscope::gui
