// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "http/backend_behaviour.h"

#include <cmath>
#include <gtest/gtest.h>

namespace hopscope::http {
namespace {

TEST(BackendBehaviour, CapacityThenQueueThenRefusal) {
    BackendSettings settings;
    settings.capacity = 2;
    settings.queueLimit = 1;
    BackendBehaviour backend(settings);
    EXPECT_EQ(backend.admit(1), BackendBehaviour::Admission::Start);
    EXPECT_EQ(backend.admit(2), BackendBehaviour::Admission::Start);
    EXPECT_EQ(backend.admit(3), BackendBehaviour::Admission::Queued);
    EXPECT_EQ(backend.admit(4), BackendBehaviour::Admission::Rejected);
    EXPECT_EQ(backend.busy(), 2U);
    EXPECT_FALSE(backend.nextToStart());
    backend.release();
    EXPECT_EQ(backend.nextToStart(), std::optional<std::uint64_t>(3));
    EXPECT_EQ(backend.busy(), 2U);
    EXPECT_EQ(backend.queued(), 0U);
}

TEST(BackendBehaviour, RaisingCapacityReleasesTheQueue) {
    BackendSettings settings;
    settings.capacity = 1;
    BackendBehaviour backend(settings);
    backend.admit(1);
    backend.admit(2);
    backend.admit(3);
    EXPECT_TRUE(backend.cancel(3));
    EXPECT_FALSE(backend.cancel(3));
    settings.capacity = 5;
    backend.setSettings(settings);
    EXPECT_EQ(backend.nextToStart(), std::optional<std::uint64_t>(2));
    EXPECT_FALSE(backend.nextToStart());
}

TEST(BackendBehaviour, FixedServiceTimeIsTheMean) {
    BackendSettings settings;
    settings.serviceTimeMeanNs = 5'000'000;
    BackendBehaviour backend(settings);
    EXPECT_EQ(backend.drawServiceTimeNs(), 5'000'000);
}

TEST(BackendBehaviour, ExponentialServiceTimeHasTheMeanAndIsRepeatable) {
    BackendSettings settings;
    settings.serviceTime = ServiceTimeKind::Exponential;
    settings.serviceTimeMeanNs = 1'000'000;
    BackendBehaviour a(settings, 42);
    BackendBehaviour b(settings, 42);
    double sum = 0;
    double sumSq = 0;
    constexpr int kDraws = 100'000;
    for (int i = 0; i < kDraws; ++i) {
        const auto x = a.drawServiceTimeNs();
        ASSERT_EQ(x, b.drawServiceTimeNs());
        ASSERT_GE(x, 0);
        sum += static_cast<double>(x);
        sumSq += static_cast<double>(x) * static_cast<double>(x);
    }
    const double mean = sum / kDraws;
    const double sd = std::sqrt(sumSq / kDraws - mean * mean);
    EXPECT_NEAR(mean, 1e6, 0.02e6); // standard error is 0.3 %
    EXPECT_NEAR(sd, 1e6, 0.05e6);   // an exponential's deviation equals its mean
}

TEST(BackendBehaviour, ErrorRateIsHonoured) {
    BackendSettings settings;
    settings.errorRate = 0.25;
    BackendBehaviour backend(settings, 7);
    int errors = 0;
    for (int i = 0; i < 40'000; ++i) {
        errors += backend.drawError() ? 1 : 0;
    }
    EXPECT_NEAR(errors, 10'000, 400);
    settings.errorRate = 0;
    backend.setSettings(settings);
    EXPECT_FALSE(backend.drawError());
}

TEST(BackendBehaviour, PageNamesTheBackendAndEscapesTheTarget) {
    BackendSettings settings;
    settings.name = "backend-2";
    BackendBehaviour backend(settings);
    wire::HttpRequest request;
    request.target = "/<script>";
    request.headers.add("X-Forwarded-For", "127.0.0.3");
    const wire::HttpResponse ok = backend.respond(request, false);
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.headers.get("X-Served-By"), std::optional<std::string_view>("backend-2"));
    EXPECT_NE(ok.body.find("<h1>backend-2</h1>"), std::string::npos);
    EXPECT_NE(ok.body.find("&lt;script&gt;"), std::string::npos);
    EXPECT_EQ(ok.body.find("<script>"), std::string::npos);
    EXPECT_NE(ok.body.find("127.0.0.3"), std::string::npos);
    const wire::HttpResponse failed = backend.respond(request, true);
    EXPECT_EQ(failed.status, 500);
    EXPECT_EQ(failed.headers.get("X-Served-By"), std::optional<std::string_view>("backend-2"));
    EXPECT_EQ(backend.rejected().status, 503);
}

TEST(BackendBehaviour, HealthPathIsRecognised) {
    wire::HttpRequest request;
    request.target = "/health";
    EXPECT_TRUE(BackendBehaviour::isHealthCheck(request));
    request.method = "POST";
    EXPECT_FALSE(BackendBehaviour::isHealthCheck(request));
}

} // namespace
} // namespace hopscope::http
