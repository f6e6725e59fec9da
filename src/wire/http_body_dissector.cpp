// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "app_dissectors.h"
#include "ascii_text.h"
#include "field_list.h"
#include "wireshark_text.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>

// What Wireshark 4.0 does with an HTTP body (packet-http.c): it looks the media type up in its
// "media_type" table, exactly (no wildcards, no "+json"/"+xml" suffixes; only "multipart/" is
// matched by prefix), and hands the body to the dissector found there; without one it uses
// "media", and without a Content-Type at all "data". The tables below are the registrations of
// TShark 4.0.17 (packet-text-media.c, packet-json.c, packet-xml.c, packet-http-urlencoded.c),
// checked against tshark in tests/wire/test_http_body_dissector.cpp.

namespace hopscope::wire {

namespace {

enum class BodyKind : std::uint8_t { Data, TextLines, Json, Xml, UrlEncodedForm, Multipart, Media };

constexpr std::string_view kTextLineTypes[] = {
    "text/plain",
    "text/richtext",
    "text/enriched",
    "text/parameters",
    "text/html",
    "text/xml-external-parsed-entity",
    "text/css",
    "application/xml-external-parsed-entity",
    "text/javascript",
    "application/x-javascript",
    "application/x-tia-p25-issi",
    "application/x-tia-p25-sndcp",
    "application/x-ns-proxy-autoconfig",
    "text/vnd.sun.j2me.app-descriptor",
    "application/vnd.poc.refer-to",
    "application/vnd.drm.message",
    "application/x-rtsp-udp-packetpair",
};

constexpr std::string_view kJsonTypes[] = {
    "application/json",
    "application/senml+json",
    "application/sensml+json",
    "application/json-rpc",
    "application/jsonrequest",
    "application/dds-web+json",
    "application/vnd.oma.lwm2m+json",
    "application/problem+json",
    "application/merge-patch+json",
    "application/json-patch+json",
    "application/x-ndjson",
};

constexpr std::string_view kXmlTypes[] = {
    "text/xml",
    "text/vnd.wap.wml",
    "text/vnd.wap.si",
    "text/vnd.wap.sl",
    "text/vnd.wap.co",
    "text/vnd.wap.emn",
    "application/3gpp-ims+xml",
    "application/atom+xml",
    "application/auth-policy+xml",
    "application/ccmp+xml",
    "application/conference-info+xml",
    "application/cpim-pidf+xml",
    "application/cpl+xml",
    "application/dds-web+xml",
    "application/im-iscomposing+xml",
    "application/load-control+xml",
    "application/mathml+xml",
    "application/media_control+xml",
    "application/note+xml",
    "application/pidf+xml",
    "application/pidf-diff+xml",
    "application/poc-settings+xml",
    "application/rdf+xml",
    "application/reginfo+xml",
    "application/resource-lists+xml",
    "application/rlmi+xml",
    "application/rls-services+xml",
    "application/rss+xml",
    "application/rs-metadata+xml",
    "application/smil",
    "application/simple-filter+xml",
    "application/simple-message-summary+xml",
    "application/simservs+xml",
    "application/soap+xml",
    "application/vnd.etsi.aoc+xml",
    "application/vnd.etsi.cug+xml",
    "application/vnd.etsi.iptvcommand+xml",
    "application/vnd.etsi.iptvdiscovery+xml",
    "application/vnd.etsi.iptvprofile+xml",
    "application/vnd.etsi.iptvsad-bc+xml",
    "application/vnd.etsi.iptvsad-cod+xml",
    "application/vnd.etsi.iptvsad-npvr+xml",
    "application/vnd.etsi.iptvservice+xml",
    "application/vnd.etsi.iptvsync+xml",
    "application/vnd.etsi.iptvueprofile+xml",
    "application/vnd.etsi.mcid+xml",
    "application/vnd.etsi.overload-control-policy-dataset+xml",
    "application/vnd.etsi.pstn+xml",
    "application/vnd.etsi.sci+xml",
    "application/vnd.etsi.simservs+xml",
    "application/vnd.etsi.tsl+xml",
    "application/vnd.wv.csp+xml",
    "application/vnd.wv.csp.xml",
    "application/watcherinfo+xml",
    "application/xcap-att+xml",
    "application/xcap-caps+xml",
    "application/xcap-diff+xml",
    "application/xcap-el+xml",
    "application/xcap-error+xml",
    "application/xcap-ns+xml",
    "application/xml",
    "application/xml-dtd",
    "application/xpidf+xml",
    "application/xslt+xml",
    "application/x-crd+xml",
    "application/x-wms-logconnectstats",
    "application/x-wms-logplaystats",
    "application/x-wms-sendevent",
    "image/svg+xml",
    "message/imdn+xml",
};

bool listed(std::string_view type, const auto& table) {
    return std::find(std::begin(table), std::end(table), type) != std::end(table);
}

// The media type without parameters, lower-cased ("Text/HTML; charset=utf-8" -> "text/html"),
// as packet-http.c looks it up.
std::string mediaType(std::string_view contentType) {
    auto type = contentType.substr(0, contentType.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) {
        type.remove_suffix(1);
    }
    return asciiLowered(type);
}

BodyKind kindFor(const std::string* contentType, std::string_view type) {
    if (contentType == nullptr || type == "application/octet-stream") {
        return BodyKind::Data;
    }
    if (listed(type, kTextLineTypes)) {
        return BodyKind::TextLines;
    }
    if (listed(type, kJsonTypes)) {
        return BodyKind::Json;
    }
    if (listed(type, kXmlTypes)) {
        return BodyKind::Xml;
    }
    if (type == "application/x-www-form-urlencoded") {
        return BodyKind::UrlEncodedForm;
    }
    if (type.starts_with("multipart/")) {
        return BodyKind::Multipart;
    }
    return BodyKind::Media;
}

// Adds the body's layers. Where the body was chunked its bytes are not the frame's, so its
// layers and fields cover the whole chunked area instead of the bytes they came from.
class BodyLayer {
public:
    BodyLayer(const HttpBody& body, Dissection& out, bool full)
        : m_body(body), m_out(out), m_full(full) {}

    Layer& add(const char* protocol, const char* name, OsiLayer osi, std::size_t from,
               std::size_t to) {
        Layer& l = m_out.layers.emplace_back();
        l.protocol = protocol;
        l.name = name;
        l.osi = osi;
        l.tcpip = TcpIpLayer::Application;
        const auto [at, length] = place(from, to - from);
        l.byteOffset = at;
        l.byteLength = length;
        return l;
    }
    // Frame byte offset and length of body bytes [pos, pos + length).
    [[nodiscard]] std::pair<std::size_t, std::size_t> place(std::size_t pos,
                                                            std::size_t length) const {
        return m_body.place.of(pos, length);
    }
    [[nodiscard]] bool full() const { return m_full; }
    [[nodiscard]] std::string_view bytes() const { return m_body.bytes; }
    [[nodiscard]] std::span<const std::uint8_t> span(std::size_t pos, std::size_t length) const {
        return {reinterpret_cast<const std::uint8_t*>(m_body.bytes.data()) + pos, length};
    }

private:
    const HttpBody& m_body;
    Dissection& m_out;
    bool m_full;
};

// The boundary parameter of a multipart Content-Type (RFC 2046 section 5.1.1), unquoted.
std::string boundaryOf(std::string_view contentType) {
    std::size_t semi = contentType.find(';');
    while (semi != std::string_view::npos) {
        auto param = contentType.substr(semi + 1);
        const auto next = param.find(';');
        param = param.substr(0, next);
        while (!param.empty() && (param.front() == ' ' || param.front() == '\t')) {
            param.remove_prefix(1);
        }
        if (startsWithIgnoringCase(param, "boundary=")) {
            auto value = param.substr(9);
            if (value.size() >= 2 && value.front() == '"') {
                value = value.substr(1, value.find('"', 1) - 1);
            }
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) {
                value.remove_suffix(1);
            }
            return std::string(value);
        }
        semi = next == std::string_view::npos ? next : semi + 1 + next;
    }
    return {};
}

// packet-multipart.c's find_first_boundary(): a line that starts with "--" and the boundary.
bool hasBoundaryLine(std::string_view body, std::string_view boundary) {
    const std::string delimiter = "--" + std::string(boundary);
    std::size_t line = 0;
    while (line + delimiter.size() < body.size()) {
        if (body.compare(line, delimiter.size(), delimiter) == 0) {
            return true;
        }
        const auto end = body.find_first_of("\r\n", line);
        if (end == std::string_view::npos) {
            return false;
        }
        line = end + (body.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    return false;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return FieldList::dec(n) + ' ' + (n == 1 ? one : many);
}

// packet-data.c: the bytes and their count.
void dataLayer(BodyLayer& b, std::size_t from) {
    const auto text = b.bytes().substr(from);
    Layer& l = b.add("data", "Data", OsiLayer::Application, from, b.bytes().size());
    if (!b.full()) {
        return;
    }
    l.summary = plural(text.size(), "byte", "bytes");
    FieldList f(l.fields);
    const auto [at, length] = b.place(from, text.size());
    f.bytes("Data", "data.data", at, length, FieldList::hexBytes(b.span(from, text.size())),
            l.summary,
            "The body's bytes: the message says nothing about what kind of data they are.");
    f.bytes("Length", "data.len", at, 0, FieldList::dec(text.size()), {},
            "How many bytes of data (counted, not on the wire).");
}

// packet-text-media.c: one item per line; a line ends at CR LF, LF or CR.
void textLinesLayer(BodyLayer& b, std::size_t from, std::string_view type) {
    const auto text = b.bytes().substr(from);
    Layer& l = b.add("data-text-lines", "Line-based text data", OsiLayer::Presentation, from,
                     b.bytes().size());
    if (!b.full()) {
        return;
    }
    FieldList f(l.fields);
    std::size_t lines = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (end != std::string_view::npos && text[end] == '\r' && next < text.size() &&
            text[next] == '\n') {
            ++next;
        }
        ++lines;
        const auto [at, length] = b.place(from + pos, next - pos);
        f.bytes("Text", "", at, length, {}, wiresharkFormatText(text.substr(pos, next - pos)),
                "One line of the text the body carries.");
        pos = next;
    }
    l.summary = std::string(type) + " (" + plural(lines, "line", "lines") + ")";
}

} // namespace

std::string dissectHttpBody(const HttpBody& body, Dissection& out, DissectDetail detail) {
    if (body.bytes.empty()) {
        return {};
    }
    const bool full = detail == DissectDetail::Full;
    BodyLayer b(body, out, full);
    const std::string type = body.contentType != nullptr ? mediaType(*body.contentType) : "";
    const std::string inBrackets = " (" + type + ")";
    const std::string_view bytes = body.bytes;
    const BodyKind kind = kindFor(body.contentType, type);
    if (body.encoded && (kind == BodyKind::TextLines || kind == BodyKind::Json)) {
        // tshark decompresses a gzip, deflate or br body and hands the result to the media
        // type's dissector. Hopscope does not decompress: it shows that dissector's layer over
        // the encoded bytes and reads no lines or members out of them. (The other kinds read
        // nothing from the content anyway.)
        const bool json = kind == BodyKind::Json;
        Layer& l = json ? b.add("json", "JavaScript Object Notation", OsiLayer::Presentation, 0,
                                bytes.size())
                        : b.add("data-text-lines", "Line-based text data", OsiLayer::Presentation,
                                0, bytes.size());
        if (full) {
            l.summary = type + ", " + plural(bytes.size(), "byte", "bytes") +
                        " content-encoded (not decompressed here)";
        }
        return json ? ", JavaScript Object Notation" + inBrackets : inBrackets;
    }
    switch (kind) {
    case BodyKind::Data:
        dataLayer(b, 0);
        return {};
    case BodyKind::TextLines:
        // packet-text-media.c hands text that starts like an XML document to the XML dissector.
        if (bytes.size() > 38 && startsWithIgnoringCase(bytes, "<?xml")) {
            b.add("data-text-lines", "Line-based text data", OsiLayer::Presentation, 0, 0);
            Layer& l =
                b.add("xml", "eXtensible Markup Language", OsiLayer::Presentation, 0, bytes.size());
            if (full) {
                l.summary = plural(bytes.size(), "byte", "bytes");
            }
            return {};
        }
        textLinesLayer(b, 0, type);
        return inBrackets;
    case BodyKind::Json: {
        const std::size_t index = out.layers.size();
        b.add("json", "JavaScript Object Notation", OsiLayer::Presentation, 0, 0);
        const std::size_t used =
            dissectJson(bytes, body.place, full ? &out.layers[index].fields : nullptr);
        Layer& json = out.layers[index];
        std::tie(json.byteOffset, json.byteLength) = b.place(0, used);
        if (full) {
            json.summary = type;
        }
        // What the JSON grammar does not take is shown as text lines.
        if (used < bytes.size()) {
            textLinesLayer(b, used, type);
        }
        return ", JavaScript Object Notation" + inBrackets;
    }
    case BodyKind::Xml: {
        Layer& l =
            b.add("xml", "eXtensible Markup Language", OsiLayer::Presentation, 0, bytes.size());
        if (full) {
            l.summary = plural(bytes.size(), "byte", "bytes");
        }
        return {};
    }
    case BodyKind::UrlEncodedForm: {
        Layer& l = b.add("urlencoded-form", "HTML Form URL Encoded", OsiLayer::Presentation, 0,
                         bytes.size());
        if (full) {
            l.summary = type;
        }
        return inBrackets;
    }
    case BodyKind::Multipart: {
        Layer& l = b.add("mime_multipart", "MIME Multipart Media Encapsulation",
                         OsiLayer::Presentation, 0, bytes.size());
        if (full) {
            l.summary = type;
        }
        // The parts are not decoded; without a boundary to split them at, Wireshark shows the
        // body as data.
        const std::string boundary = boundaryOf(*body.contentType);
        if (boundary.empty() || !hasBoundaryLine(bytes, boundary)) {
            dataLayer(b, 0);
        }
        return {};
    }
    case BodyKind::Media: {
        Layer& l = b.add("media", "Media Type", OsiLayer::Presentation, 0, bytes.size());
        if (full) {
            l.summary = type + " (" + plural(bytes.size(), "byte", "bytes") + ")";
            const auto [at, length] = b.place(0, bytes.size());
            FieldList(l.fields).bytes(
                "Media type", "media.type", at, length,
                FieldList::hexBytes(b.span(0, bytes.size())), l.summary,
                "A body of a media type this program (like Wireshark) does not decode.");
        }
        return inBrackets;
    }
    }
    return {};
}

} // namespace hopscope::wire
