// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "trace/trace.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

using hopscope::trace::Event;
using hopscope::trace::EventData;
using hopscope::trace::SourceKind;
using hopscope::trace::Trace;

namespace {

EventData makeEvent(std::int64_t t, const std::string& from, const std::string& to) {
    EventData d;
    d.timeNs = t;
    d.source = SourceKind::Lab;
    d.from = from;
    d.to = to;
    d.frame = {0x01, 0x02, static_cast<std::uint8_t>(t & 0xff)};
    d.protocol = "TEST";
    d.summary = from + "->" + to;
    return d;
}

} // namespace

TEST(Trace, StartsEmpty) {
    Trace t;
    EXPECT_TRUE(t.empty());
    EXPECT_EQ(t.size(), 0u);
    EXPECT_THROW((void)t.at(0), std::out_of_range);
    EXPECT_FALSE(t.indexAtTime(0).has_value());
}

TEST(Trace, AppendKeepsValuesAndOrder) {
    Trace t;
    for (int i = 0; i < 10'000; ++i) {
        EXPECT_EQ(t.append(makeEvent(i * 10, "a", "b")), static_cast<std::size_t>(i));
    }
    ASSERT_EQ(t.size(), 10'000u);
    EXPECT_EQ(t.at(0).timeNs(), 0);
    EXPECT_EQ(t.at(4096).timeNs(), 40'960); // crosses a chunk boundary
    EXPECT_EQ(t.at(9999).frame().back(), static_cast<std::uint8_t>((99'990) & 0xff));
    EXPECT_EQ(t[5].from(), "a");
    EXPECT_EQ(t[5].source(), SourceKind::Lab);
}

TEST(Trace, EventsAreSharedValues) {
    Trace t;
    t.append(makeEvent(5, "client", "resolver"));
    const Event copy = t.at(0);
    EXPECT_EQ(&copy.data(), &t.at(0).data()); // no deep copy
    EXPECT_EQ(copy.summary(), "client->resolver");
}

TEST(Trace, DefaultEventsAreEmpty) {
    const Event e;
    EXPECT_EQ(e.timeNs(), 0);
    EXPECT_TRUE(e.frame().empty());
    EXPECT_TRUE(e.note().empty());
}

TEST(Trace, IndexAtTimeFindsLastEventNotAfter) {
    Trace t;
    for (int i = 0; i < 100; ++i) {
        t.append(makeEvent(i * 100, "a", "b"));
    }
    EXPECT_FALSE(t.indexAtTime(-1).has_value());
    EXPECT_EQ(t.indexAtTime(0), 0u);
    EXPECT_EQ(t.indexAtTime(99), 0u);
    EXPECT_EQ(t.indexAtTime(100), 1u);
    EXPECT_EQ(t.indexAtTime(5'050), 50u);
    EXPECT_EQ(t.indexAtTime(1'000'000), 99u);
}

TEST(Trace, ListenerSeesEveryAppend) {
    Trace t;
    std::vector<std::size_t> seen;
    t.setAppendListener([&](std::size_t i) { seen.push_back(i); });
    t.append(makeEvent(1, "a", "b"));
    t.append(makeEvent(2, "a", "b"));
    EXPECT_EQ(seen, (std::vector<std::size_t>{0, 1}));
}

// Several producers append while a reader scans whatever is published; the reader must only
// ever see fully written events and the final count must be exact.
TEST(Trace, ConcurrentAppendWhileReading) {
    Trace t;
    constexpr int kThreads = 4;
    constexpr int kPerThread = 5'000;
    std::atomic<bool> done{false};
    std::atomic<std::size_t> badReads{0};
    std::thread reader([&] {
        std::size_t checked = 0;
        while (!done.load()) {
            const std::size_t n = t.size();
            for (; checked < n; ++checked) {
                const auto& e = t.at(checked);
                if (e.frame().size() != 3 || e.protocol() != "TEST") {
                    ++badReads;
                }
            }
        }
    });
    std::vector<std::thread> writers;
    for (int w = 0; w < kThreads; ++w) {
        writers.emplace_back([&t, w] {
            for (int i = 0; i < kPerThread; ++i) {
                t.append(makeEvent(i, "w" + std::to_string(w), "sink"));
            }
        });
    }
    for (auto& w : writers) {
        w.join();
    }
    done = true;
    reader.join();
    EXPECT_EQ(t.size(), static_cast<std::size_t>(kThreads * kPerThread));
    EXPECT_EQ(badReads.load(), 0u);
    std::array<int, kThreads> perWriter{};
    for (std::size_t i = 0; i < t.size(); ++i) {
        ++perWriter[static_cast<std::size_t>(t.at(i).from()[1] - '0')];
    }
    for (int count : perWriter) {
        EXPECT_EQ(count, kPerThread);
    }
}
