// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "capture_reader.h"

#include "buffered_input.h"
#include "input_file.h"
#include "pcap_reader.h"
#include "pcapng_reader.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>

namespace hopscope::wire {

struct CaptureReader::Impl {
    std::unique_ptr<std::ifstream> file;
    std::istream* in = nullptr;
    std::unique_ptr<BufferedInput> input;
    std::optional<PcapReader> pcap;
    std::optional<PcapngReader> pcapng;
    CaptureFormat format = CaptureFormat::Pcap;
    std::string error;
    std::uint64_t errorOffset = 0;
    std::uint64_t totalBytes = 0;
    std::uint64_t packets = 0;
    std::vector<LinkType> linkTypes;

    void open();
    void noteLinkTypes();
};

namespace {

std::uint64_t streamSize(std::istream& in) {
    const auto here = in.tellg();
    if (here == std::streampos(-1)) {
        in.clear();
        return 0;
    }
    in.seekg(0, std::ios::end);
    const auto end = in.tellg();
    in.seekg(here);
    if (!in || end == std::streampos(-1)) {
        in.clear();
        in.seekg(here);
        return 0;
    }
    return static_cast<std::uint64_t>(end - here);
}

} // namespace

void CaptureReader::Impl::open() {
    // A small input (a fuzz case, a test file) needs no megabyte window.
    const std::size_t window =
        totalBytes > 0 && totalBytes < BufferedInput::kDefaultWindow
            ? static_cast<std::size_t>(std::max<std::uint64_t>(totalBytes, 4096))
            : BufferedInput::kDefaultWindow;
    input = std::make_unique<BufferedInput>(*in, window);
    const auto magic = input->peek(4);
    if (magic.size() < 4) {
        error = magic.empty() ? "empty file: no capture file header at byte 0"
                              : "capture file header truncated at byte 0: the file has " +
                                    std::to_string(magic.size()) + " bytes";
        errorOffset = 0;
        return;
    }
    const std::uint32_t le =
        static_cast<std::uint32_t>(magic[0]) | (static_cast<std::uint32_t>(magic[1]) << 8) |
        (static_cast<std::uint32_t>(magic[2]) << 16) | (static_cast<std::uint32_t>(magic[3]) << 24);
    const std::uint32_t be =
        static_cast<std::uint32_t>(magic[3]) | (static_cast<std::uint32_t>(magic[2]) << 8) |
        (static_cast<std::uint32_t>(magic[1]) << 16) | (static_cast<std::uint32_t>(magic[0]) << 24);
    const auto isPcap = [](std::uint32_t v) { return v == 0xA1B2C3D4 || v == 0xA1B23C4D; };
    if (isPcap(le) || isPcap(be)) {
        format = CaptureFormat::Pcap;
        pcap.emplace(*input);
        if (!pcap->headerOk()) {
            error = pcap->error();
            errorOffset = pcap->errorOffset();
        }
    } else if (le == PcapngReader::kSectionHeaderBlock) {
        format = CaptureFormat::Pcapng;
        pcapng.emplace(*input);
        if (!pcapng->headerOk()) {
            error = pcapng->error();
            errorOffset = pcapng->errorOffset();
        }
    } else {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08x", static_cast<unsigned>(be));
        error =
            std::string("not a pcap or pcapng file: unknown magic number ") + hex + " at byte 0";
        errorOffset = 0;
        return;
    }
    noteLinkTypes();
}

void CaptureReader::Impl::noteLinkTypes() {
    const auto add = [this](LinkType t) {
        if (std::find(linkTypes.begin(), linkTypes.end(), t) == linkTypes.end()) {
            linkTypes.push_back(t);
        }
    };
    if (pcap && pcap->headerOk()) {
        add(pcap->interface().linkType);
    } else if (pcapng) {
        for (const auto& i : pcapng->interfaces()) {
            add(i.linkType);
        }
    }
}

CaptureReader::CaptureReader(std::istream& in) : m_impl(std::make_unique<Impl>()) {
    m_impl->in = &in;
    m_impl->totalBytes = streamSize(in);
    m_impl->open();
}

CaptureReader::CaptureReader(const std::string& path) : m_impl(std::make_unique<Impl>()) {
    m_impl->file = std::make_unique<std::ifstream>();
    if (const std::string why = openInputFile(path, *m_impl->file); !why.empty()) {
        m_impl->error = "cannot open " + path + ": " + why;
        return;
    }
    m_impl->in = m_impl->file.get();
    m_impl->totalBytes = streamSize(*m_impl->file);
    m_impl->open();
}

CaptureReader::~CaptureReader() = default;

bool CaptureReader::isOpen() const {
    return (m_impl->pcap && m_impl->pcap->headerOk()) ||
           (m_impl->pcapng && m_impl->pcapng->headerOk());
}

CaptureFormat CaptureReader::format() const {
    return m_impl->format;
}

ReadStatus CaptureReader::next(CapturePacket& packet) {
    if (!isOpen()) {
        return m_impl->error.empty() ? ReadStatus::End : ReadStatus::Error;
    }
    ReadStatus status = ReadStatus::End;
    if (m_impl->pcap) {
        status = m_impl->pcap->next(packet);
        if (status == ReadStatus::Error) {
            m_impl->error = m_impl->pcap->error();
            m_impl->errorOffset = m_impl->pcap->errorOffset();
        }
    } else {
        const std::size_t known = m_impl->pcapng->interfaces().size();
        const std::uint64_t sections = m_impl->pcapng->sectionCount();
        status = m_impl->pcapng->next(packet);
        if (status == ReadStatus::Error) {
            m_impl->error = m_impl->pcapng->error();
            m_impl->errorOffset = m_impl->pcapng->errorOffset();
        }
        if (m_impl->pcapng->interfaces().size() != known ||
            m_impl->pcapng->sectionCount() != sections) {
            m_impl->noteLinkTypes();
        }
    }
    if (status == ReadStatus::Packet) {
        ++m_impl->packets;
    }
    return status;
}

const std::string& CaptureReader::error() const {
    return m_impl->error;
}
std::uint64_t CaptureReader::errorOffset() const {
    return m_impl->errorOffset;
}

std::vector<CaptureInterface> CaptureReader::interfaces() const {
    if (m_impl->pcap && m_impl->pcap->headerOk()) {
        return {m_impl->pcap->interface()};
    }
    if (m_impl->pcapng) {
        return m_impl->pcapng->interfaces();
    }
    return {};
}

CaptureSection CaptureReader::section() const {
    if (m_impl->pcapng) {
        return m_impl->pcapng->section();
    }
    CaptureSection s;
    if (m_impl->pcap) {
        s.byteOrder = m_impl->pcap->byteOrder();
    }
    return s;
}

const std::vector<LinkType>& CaptureReader::linkTypes() const {
    return m_impl->linkTypes;
}

std::uint64_t CaptureReader::bytesRead() const {
    return m_impl->input ? m_impl->input->offset() : 0;
}
std::uint64_t CaptureReader::totalBytes() const {
    return m_impl->totalBytes;
}
std::uint64_t CaptureReader::packetsRead() const {
    return m_impl->packets;
}

std::string linkTypeName(LinkType linkType) {
    switch (linkType) {
    case LinkType::Null:
        return "BSD loopback";
    case LinkType::Ethernet:
        return "Ethernet";
    case LinkType::Raw:
        return "Raw IP";
    case LinkType::LinuxSll:
        return "Linux cooked v1";
    case LinkType::LinuxSll2:
        return "Linux cooked v2";
    }
    return "link type " + std::to_string(static_cast<unsigned>(linkType));
}

} // namespace hopscope::wire
