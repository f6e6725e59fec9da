// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "dns_message_text.h"

#include "wire/dns_payload.h"

#include <algorithm>

namespace hopscope::gui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString withoutDot(QString text) {
    if (text.size() > 1 && text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

} // namespace

std::optional<wire::DnsMessage> DnsMessageText::messageOf(const trace::Event& event) {
    const auto bytes = wire::dnsPayloadOf(event.linkType(), event.frame());
    if (!bytes) {
        return std::nullopt;
    }
    auto decoded = wire::DnsMessage::decode(*bytes);
    if (!decoded.ok()) {
        return std::nullopt;
    }
    return std::move(decoded.message);
}

QString DnsMessageText::bareName(const wire::DnsName& name) {
    return name.isRoot() ? QStringLiteral(".") : withoutDot(qs(name.toText()));
}

QString DnsMessageText::recordText(const wire::DnsRecord& record) {
    return qs(wire::dnsTypeName(record.type())) + QLatin1Char(' ') +
           withoutDot(qs(record.rdataToPresentation()));
}

QString DnsMessageText::answerText(wire::DnsRcode rcode,
                                   const std::vector<wire::DnsRecord>& answers, int maxRecords) {
    if (rcode != wire::DnsRcode::NoError) {
        return qs(wire::dnsRcodeName(rcode));
    }
    QStringList parts;
    for (const auto& record : answers) {
        if (record.type() != wire::DnsType::OPT) {
            parts << recordText(record);
        }
    }
    if (maxRecords >= 0 && parts.size() > maxRecords + 1) {
        const auto more = parts.size() - maxRecords;
        parts.resize(maxRecords);
        parts << tr("+%1 more").arg(more);
    }
    return parts.isEmpty() ? tr("no such record (NODATA)") : parts.join(QStringLiteral(", "));
}

QStringList DnsMessageText::pillLines(const wire::DnsMessage& m, int maxRecords) {
    if (!m.header.response) {
        if (m.questions.empty()) {
            return {tr("query without a question")};
        }
        const auto& q = m.questions.front();
        return {qs(wire::dnsTypeName(q.type)) + QStringLiteral("? ") + bareName(q.name)};
    }
    const wire::DnsRcode rcode = m.rcode();
    if (rcode != wire::DnsRcode::NoError) {
        return {qs(wire::dnsRcodeName(rcode))};
    }
    if (m.header.truncated && m.answers.empty()) {
        return {tr("truncated (TC): retry over TCP")};
    }
    if (!m.answers.empty()) {
        QStringList lines;
        const int total = static_cast<int>(m.answers.size());
        for (int i = 0; i < total; ++i) {
            if (i == maxRecords && total > maxRecords + 1) {
                lines << tr("+%1 more").arg(total - maxRecords);
                break;
            }
            lines << recordText(m.answers[static_cast<std::size_t>(i)]);
        }
        return lines;
    }
    const auto ns = std::find_if(m.authorities.begin(), m.authorities.end(),
                                 [](const auto& r) { return r.type() == wire::DnsType::NS; });
    if (!m.header.authoritative && ns != m.authorities.end()) {
        const auto* host = std::get_if<wire::DnsNsRdata>(&ns->rdata);
        const QString zone = qs(ns->name.toText());
        if (host == nullptr) {
            return {tr("referral → %1").arg(zone)};
        }
        return {tr("referral → %1 (%2)").arg(zone, bareName(host->host))};
    }
    if (m.questions.empty()) {
        return {tr("no such record (NODATA)")};
    }
    return {tr("no %1 record (NODATA)").arg(qs(wire::dnsTypeName(m.questions.front().type)))};
}

QString DnsMessageText::shortText(const wire::DnsMessage& m) {
    if (m.header.response && m.rcode() == wire::DnsRcode::NoError && !m.answers.empty()) {
        const int more = static_cast<int>(m.answers.size()) - 1;
        const QString first = recordText(m.answers.front());
        return more > 0 ? tr("%1 +%2").arg(first).arg(more) : first;
    }
    if (m.header.response && m.rcode() == wire::DnsRcode::NoError && !m.header.authoritative) {
        const auto ns = std::find_if(m.authorities.begin(), m.authorities.end(),
                                     [](const auto& r) { return r.type() == wire::DnsType::NS; });
        if (ns != m.authorities.end()) {
            return tr("referral → %1").arg(qs(ns->name.toText()));
        }
    }
    return pillLines(m, 0).constFirst();
}

QStringList DnsMessageText::pillLines(const trace::Event& event, int maxRecords) {
    if (const auto message = messageOf(event)) {
        return pillLines(*message, maxRecords);
    }
    return {qs(event.summary().empty() ? event.protocol() : event.summary())};
}

std::optional<std::uint32_t> DnsMessageText::smallestTtl(const wire::DnsMessage& message) {
    std::optional<std::uint32_t> smallest;
    auto consider = [&smallest](std::uint32_t ttl) {
        smallest = smallest ? std::min(*smallest, ttl) : ttl;
    };
    for (const auto& record : message.answers) {
        if (record.type() != wire::DnsType::OPT) {
            consider(record.ttl);
        }
    }
    if (!smallest) {
        for (const auto& record : message.authorities) {
            if (record.type() == wire::DnsType::SOA) {
                consider(record.ttl);
            }
        }
    }
    return smallest;
}

} // namespace hopscope::gui
