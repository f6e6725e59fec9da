// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "balance/latency_histogram.h"

#include <cmath>
#include <gtest/gtest.h>

namespace hopscope::balance {
namespace {

using std::chrono::nanoseconds;

TEST(HistogramBuckets, EveryValueLiesInItsBucketAndBucketsAreNarrow) {
    std::size_t previous = 0;
    // Small values one by one, then a geometric sweep with odd offsets up to 2^36.
    std::vector<std::uint64_t> values;
    for (std::uint64_t v = 0; v < 5000; ++v) {
        values.push_back(v);
    }
    for (double v = 5000; v < 6.8e10; v *= 1.0007) {
        values.push_back(static_cast<std::uint64_t>(v));
    }
    for (const std::uint64_t v : values) {
        const std::size_t i = HistogramBuckets::indexOf(v);
        ASSERT_LT(i, HistogramBuckets::kCount) << v;
        ASSERT_GE(i, previous) << v; // monotonic
        previous = i;
        const std::uint64_t lower = HistogramBuckets::lowerNs(i);
        const std::uint64_t width = HistogramBuckets::widthNs(i);
        ASSERT_LE(lower, v);
        ASSERT_LT(v, lower + width);
        if (v >= HistogramBuckets::kLinearLimit) {
            ASSERT_LE(static_cast<double>(width) / static_cast<double>(lower), 1.0 / 64) << v;
        } else {
            ASSERT_EQ(width, 1U);
        }
    }
    // Adjacent buckets tile the line with no gap.
    for (std::size_t i = 1; i < HistogramBuckets::kCount; ++i) {
        ASSERT_EQ(HistogramBuckets::lowerNs(i - 1) + HistogramBuckets::widthNs(i - 1),
                  HistogramBuckets::lowerNs(i));
    }
    // 60 s is inside the range; beyond it lands in the top bucket.
    EXPECT_LT(HistogramBuckets::indexOf(60'000'000'000ULL), HistogramBuckets::kCount - 1);
    EXPECT_EQ(HistogramBuckets::indexOf(1ULL << 40), HistogramBuckets::kCount - 1);
}

TEST(LatencyHistogram, PercentilesOfAKnownDistributionAreWithinBucketPrecision) {
    LatencyHistogram h;
    // 1 µs .. 100 ms in 1 µs steps: value k µs for k = 1..100000.
    for (std::int64_t k = 1; k <= 100'000; ++k) {
        h.record(nanoseconds(k * 1000));
    }
    const HistogramSnapshot s = h.snapshot();
    EXPECT_EQ(s.count(), 100'000U);
    EXPECT_EQ(s.maxNs(), 100'000'000);
    for (const double q : {0.01, 0.25, 0.5, 0.9, 0.99, 0.999}) {
        const double exact = q * 100'000'000.0;
        EXPECT_NEAR(static_cast<double>(s.quantileNs(q)), exact, exact / 128) << q;
    }
    EXPECT_EQ(s.quantileNs(1.0), 100'000'000);
    EXPECT_NEAR(static_cast<double>(s.quantileNs(0.0)), 1000.0, 1000.0 / 64);
}

TEST(LatencyHistogram, KeepsTheExactMaximumAndClampsHugeValues) {
    LatencyHistogram h;
    h.record(nanoseconds(-5)); // a clock that went backwards counts as zero
    h.record(std::chrono::seconds(120));
    h.record(nanoseconds(1234));
    const HistogramSnapshot s = h.snapshot();
    EXPECT_EQ(s.count(), 3U);
    EXPECT_EQ(s.maxNs(), 120'000'000'000);
    EXPECT_EQ(s.counts()[0], 1U);
    EXPECT_EQ(s.counts()[HistogramBuckets::kCount - 1], 1U);
    EXPECT_EQ(s.quantileNs(1.0), HistogramBuckets::representativeNs(HistogramBuckets::kCount - 1));
}

TEST(HistogramSnapshot, EmptyAnswersZero) {
    const HistogramSnapshot s;
    EXPECT_TRUE(s.empty());
    EXPECT_EQ(s.quantileNs(0.5), 0);
    EXPECT_EQ(s.maxNs(), 0);
}

TEST(HistogramSnapshot, SinceIsolatesTheValuesOfAnInterval) {
    LatencyHistogram h;
    for (int k = 0; k < 1000; ++k) {
        h.record(std::chrono::milliseconds(1));
    }
    const HistogramSnapshot first = h.snapshot();
    for (int k = 0; k < 10; ++k) {
        h.record(std::chrono::milliseconds(50));
    }
    const HistogramSnapshot interval = h.snapshot().since(first);
    EXPECT_EQ(interval.count(), 10U);
    EXPECT_NEAR(static_cast<double>(interval.quantileNs(0.5)), 50e6, 50e6 / 128);
    EXPECT_LE(interval.maxNs(), 50'000'000 + 50'000'000 / 64);
}

TEST(HistogramSnapshot, MergeAddsCountsAndKeepsTheLargerMaximum) {
    LatencyHistogram a;
    LatencyHistogram b;
    a.record(nanoseconds(100));
    b.record(nanoseconds(100));
    b.record(nanoseconds(900'000));
    HistogramSnapshot total = a.snapshot();
    total.merge(b.snapshot());
    EXPECT_EQ(total.count(), 3U);
    EXPECT_EQ(total.counts()[100], 2U);
    EXPECT_EQ(total.maxNs(), 900'000);
}

} // namespace
} // namespace hopscope::balance
