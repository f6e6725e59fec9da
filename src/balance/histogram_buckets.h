// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

namespace hopscope::balance {

// The log-linear bucket layout shared by the live histogram and its snapshots (the HdrHistogram
// idea): values below 128 ns get one bucket each; above, every power of two is cut into 64
// equal buckets, so a bucket is at most 1/64 (1.6 %) of its lower bound wide and its midpoint
// is within 0.8 % of any value in it. 1984 buckets reach 2^36 ns (68.7 s), past the 60 s a
// request may take; longer values land in the top bucket (the exact maximum is kept apart).
//
//   index 0..127          value = index                      (width 1 ns)
//   index 128 + 64(s-1)+k value in [(64+k) << s, (65+k) << s) (width 2^s ns), s = 1..29
class HistogramBuckets {
public:
    static constexpr unsigned kSubBucketBits = 6;
    static constexpr std::uint64_t kSubBuckets = std::uint64_t{1} << kSubBucketBits; // 64
    static constexpr std::uint64_t kLinearLimit = kSubBuckets * 2;                   // 128
    static constexpr unsigned kMaxBits = 36;
    static constexpr std::uint64_t kMaxTrackableNs = (std::uint64_t{1} << kMaxBits) - 1;
    static constexpr std::size_t kCount =
        kLinearLimit + (kMaxBits - kSubBucketBits - 1) * kSubBuckets; // 1984

    [[nodiscard]] static constexpr std::size_t indexOf(std::uint64_t ns) {
        if (ns > kMaxTrackableNs) {
            ns = kMaxTrackableNs;
        }
        if (ns < kLinearLimit) {
            return static_cast<std::size_t>(ns);
        }
        const unsigned shift =
            static_cast<unsigned>(std::bit_width(ns)) - (kSubBucketBits + 1); // >= 1
        return static_cast<std::size_t>(kLinearLimit + (shift - 1) * kSubBuckets +
                                        ((ns >> shift) - kSubBuckets));
    }

    [[nodiscard]] static constexpr std::uint64_t lowerNs(std::size_t index) {
        if (index < kLinearLimit) {
            return index;
        }
        const std::uint64_t k = index - kLinearLimit;
        const std::uint64_t shift = k / kSubBuckets + 1;
        return (kSubBuckets + k % kSubBuckets) << shift;
    }

    [[nodiscard]] static constexpr std::uint64_t widthNs(std::size_t index) {
        if (index < kLinearLimit) {
            return 1;
        }
        return std::uint64_t{1} << ((index - kLinearLimit) / kSubBuckets + 1);
    }

    // The value reported for anything in the bucket: its middle, which halves the worst error.
    [[nodiscard]] static constexpr std::int64_t representativeNs(std::size_t index) {
        return static_cast<std::int64_t>(lowerNs(index) + widthNs(index) / 2);
    }
};

static_assert(HistogramBuckets::indexOf(HistogramBuckets::kMaxTrackableNs) ==
              HistogramBuckets::kCount - 1);
static_assert(HistogramBuckets::indexOf(128) == 128 && HistogramBuckets::lowerNs(128) == 128);

} // namespace hopscope::balance
