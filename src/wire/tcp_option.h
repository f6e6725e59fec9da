// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace hopscope::wire {

// One SACK block (RFC 2018 section 3): the edges of a range the receiver already holds.
struct SackBlock {
    std::uint32_t left = 0;  // first sequence number of the block
    std::uint32_t right = 0; // sequence number just after it
    bool operator==(const SackBlock&) const = default;
};

// One TCP option (RFC 9293 section 3.2): a kind byte, then for every kind except End of
// Option List (0) and No-Operation (1) a length byte counting kind and length, then data.
//
//   +--------+--------+--------- - - -
//   |  kind  | length |  data (length - 2 bytes)
//   +--------+--------+--------- - - -
//
// The data is stored inline (at most 38 bytes fit in a 60-byte header), so decoding a
// segment's options allocates nothing per option. Unknown kinds keep their bytes.
struct TcpOption {
    enum class Kind : std::uint8_t {
        EndOfList = 0,          // RFC 9293
        NoOperation = 1,        // RFC 9293
        MaximumSegmentSize = 2, // RFC 9293 section 3.7.1
        WindowScale = 3,        // RFC 7323 section 2
        SackPermitted = 4,      // RFC 2018
        Sack = 5,               // RFC 2018
        Timestamps = 8,         // RFC 7323 section 3
        Experimental1 = 253,    // RFC 6994
        Experimental2 = 254,    // RFC 6994
    };
    static constexpr std::size_t kMaxData = 38;

    std::uint8_t kind = 0;

    [[nodiscard]] static TcpOption endOfList();
    [[nodiscard]] static TcpOption noOperation();
    [[nodiscard]] static TcpOption maximumSegmentSize(std::uint16_t mss);
    [[nodiscard]] static TcpOption windowScale(std::uint8_t shift);
    [[nodiscard]] static TcpOption sackPermitted();
    [[nodiscard]] static TcpOption sack(std::span<const SackBlock> blocks); // at most 4 blocks
    [[nodiscard]] static TcpOption timestamps(std::uint32_t value, std::uint32_t echoReply);
    // Any kind with the given data (truncated to 38 bytes).
    [[nodiscard]] static TcpOption raw(std::uint8_t kind, std::span<const std::uint8_t> data);

    [[nodiscard]] bool is(Kind k) const { return kind == static_cast<std::uint8_t>(k); }
    [[nodiscard]] bool isSingleByte() const { return kind <= 1; }
    [[nodiscard]] std::span<const std::uint8_t> data() const { return {m_data.data(), m_size}; }
    // Bytes on the wire: 1 for EOL/NOP, otherwise 2 + data.
    [[nodiscard]] std::size_t wireSize() const { return isSingleByte() ? 1 : 2 + m_size; }

    // Typed views; nullopt when the kind or the length does not match.
    [[nodiscard]] std::optional<std::uint16_t> mss() const;
    [[nodiscard]] std::optional<std::uint8_t> shift() const;
    [[nodiscard]] std::optional<std::pair<std::uint32_t, std::uint32_t>> timestampValues() const;
    [[nodiscard]] std::vector<SackBlock> sackBlocks() const;

    bool operator==(const TcpOption& other) const;

private:
    std::array<std::uint8_t, kMaxData> m_data{};
    std::uint8_t m_size = 0;
};

} // namespace hopscope::wire
