// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#include "backend_behaviour.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace hopscope::http {

namespace {

// Pages echo the request target and client address, which come from the network. Appends to
// `out` so that a page is built in one string (this runs for every request a backend serves).
void appendEscaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

// The page titled "<name><titleSuffix>"; `paragraph` is already escaped by the caller.
std::string page(std::string_view name, std::string_view titleSuffix, std::string_view paragraph) {
    std::string html;
    html.reserve(160 + 2 * name.size() + titleSuffix.size() + paragraph.size());
    html += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>";
    appendEscaped(html, name);
    appendEscaped(html, titleSuffix);
    html += "</title></head>\n<body><h1>";
    appendEscaped(html, name);
    html += "</h1><p>";
    html += paragraph;
    html += "</p></body></html>\n";
    return html;
}

} // namespace

BackendBehaviour::BackendBehaviour(BackendSettings settings, std::uint64_t seed)
    : m_settings(std::move(settings)), m_rng(seed) {}

void BackendBehaviour::setSettings(BackendSettings settings) {
    m_settings = std::move(settings);
    m_settings.errorRate = std::clamp(m_settings.errorRate, 0.0, 1.0);
    m_settings.serviceTimeMeanNs = std::max<std::int64_t>(0, m_settings.serviceTimeMeanNs);
}

bool BackendBehaviour::hasRoom() const {
    return m_settings.capacity == 0 || m_busy < m_settings.capacity;
}

BackendBehaviour::Admission BackendBehaviour::admit(std::uint64_t ticket) {
    if (m_queue.empty() && hasRoom()) {
        ++m_busy;
        return Admission::Start;
    }
    if (m_queue.size() >= m_settings.queueLimit) {
        return Admission::Rejected;
    }
    m_queue.push_back(ticket);
    return Admission::Queued;
}

void BackendBehaviour::release() {
    if (m_busy > 0) {
        --m_busy;
    }
}

std::optional<std::uint64_t> BackendBehaviour::nextToStart() {
    if (m_queue.empty() || !hasRoom()) {
        return std::nullopt;
    }
    const std::uint64_t ticket = m_queue.front();
    m_queue.pop_front();
    ++m_busy;
    return ticket;
}

bool BackendBehaviour::cancel(std::uint64_t ticket) {
    const auto it = std::find(m_queue.begin(), m_queue.end(), ticket);
    if (it == m_queue.end()) {
        return false;
    }
    m_queue.erase(it);
    return true;
}

double BackendBehaviour::uniform() {
    // SplitMix64 (Vigna): its output is fixed bit for bit, unlike std::*_distribution, so a
    // seed replays the same service times with any standard library.
    m_rng += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_rng;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>((z >> 11) + 1) * 0x1.0p-53;
}

std::int64_t BackendBehaviour::drawServiceTimeNs() {
    const std::int64_t mean = m_settings.serviceTimeMeanNs;
    if (mean <= 0) {
        return 0;
    }
    if (m_settings.serviceTime == ServiceTimeKind::Fixed) {
        return mean;
    }
    // Inverse transform: -mean * ln(U) is exponential with that mean for U uniform in (0, 1].
    const double value = -static_cast<double>(mean) * std::log(uniform());
    return static_cast<std::int64_t>(std::min(value, static_cast<double>(mean) * 50.0));
}

bool BackendBehaviour::drawError() {
    if (m_settings.errorRate <= 0.0) {
        return false;
    }
    return uniform() <= m_settings.errorRate;
}

wire::HttpResponse BackendBehaviour::respond(const wire::HttpRequest& request, bool failed) const {
    const std::string& name = m_settings.name;
    const auto forwarded = request.headers.get("X-Forwarded-For");
    std::string paragraph;
    paragraph.reserve(160 + request.method.size() + request.target.size() + 2 * name.size() +
                      (forwarded ? forwarded->size() : 0));
    appendEscaped(paragraph, request.method);
    paragraph += ' ';
    appendEscaped(paragraph, request.target);
    if (failed) {
        paragraph += " failed on ";
        appendEscaped(paragraph, name);
        paragraph += ": this backend is set to fail some requests on purpose.";
    } else {
        paragraph += " was served by ";
        appendEscaped(paragraph, name);
        paragraph += '.';
    }
    if (forwarded) {
        paragraph += " The load balancer forwarded it for client ";
        appendEscaped(paragraph, *forwarded);
        paragraph += '.';
    }
    wire::HttpResponse response =
        wire::HttpResponse::make(failed ? 500 : 200, page(name, failed ? ": error" : "", paragraph),
                                 "text/html; charset=utf-8");
    response.headers.add("X-Served-By", name);
    return response;
}

wire::HttpResponse BackendBehaviour::rejected() const {
    wire::HttpResponse response = wire::HttpResponse::make(
        503,
        page(m_settings.name, ": busy",
             escapeHtml(m_settings.name) + " is busy: all " + std::to_string(m_settings.capacity) +
                 " places and its queue of " + std::to_string(m_settings.queueLimit) +
                 " are taken."),
        "text/html; charset=utf-8");
    response.headers.add("X-Served-By", m_settings.name);
    return response;
}

wire::HttpResponse BackendBehaviour::health() const {
    wire::HttpResponse response = wire::HttpResponse::make(200, "ok\n");
    response.headers.add("X-Served-By", m_settings.name);
    return response;
}

bool BackendBehaviour::isHealthCheck(const wire::HttpRequest& request) {
    return (request.method == "GET" || request.method == "HEAD") && request.target == kHealthPath;
}

} // namespace hopscope::http
