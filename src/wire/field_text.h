// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Hopscope developers
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace hopscope::wire {

// The text of a field's name, filter or meaning, or a layer's name. These are nearly always
// string literals, and a frame has a hundred fields: copying each into a std::string cost more
// than decoding the frame. So a FieldText built from a `const char*` only points at it, and one
// built from a std::string (an HTTP header's name as sent) owns a copy. It reads like a
// std::string: it converts to std::string and std::string_view, compares with strings, and
// appends to them.
class FieldText {
public:
    FieldText() noexcept = default;
    // Static text: a string literal or an entry of a static table, which must outlive every
    // copy. Text that does not live that long must be passed as a std::string.
    FieldText(const char* text) noexcept // NOLINT(google-explicit-constructor)
        : m_data(text == nullptr ? "" : text), m_size(std::char_traits<char>::length(m_data)) {}
    // Text made at run time: owned.
    FieldText(std::string&& text) : FieldText(std::string_view(text), Copy{}) {} // NOLINT
    explicit FieldText(std::string_view text) : FieldText(text, Copy{}) {}

    // Copying static text copies the pointer; only owned text is copied.
    FieldText(const FieldText& other) : m_data(other.m_data), m_size(other.m_size) {
        if (other.m_owned) {
            copyFrom(other.view());
        }
    }
    FieldText(FieldText&& other) noexcept
        : m_data(other.m_data), m_size(other.m_size), m_owned(other.m_owned) {
        other.forget();
    }
    FieldText& operator=(const FieldText& other) {
        if (this != &other) {
            *this = FieldText(other);
        }
        return *this;
    }
    FieldText& operator=(FieldText&& other) noexcept {
        if (this != &other) {
            release();
            m_data = other.m_data;
            m_size = other.m_size;
            m_owned = other.m_owned;
            other.forget();
        }
        return *this;
    }
    // Static text, as the constructor.
    FieldText& operator=(const char* text) noexcept { return *this = FieldText(text); }
    // Assigning a std::string copies it.
    FieldText& operator=(const std::string& text) {
        return *this = FieldText(std::string_view(text));
    }
    ~FieldText() { release(); }

    [[nodiscard]] const char* data() const noexcept { return m_data; }
    // Always NUL-terminated.
    [[nodiscard]] const char* c_str() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] std::size_t length() const noexcept { return m_size; }
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    [[nodiscard]] std::string_view view() const noexcept { return {m_data, m_size}; }
    [[nodiscard]] std::string str() const { return std::string(m_data, m_size); }
    // True when this text is a copy it owns rather than a pointer to static text.
    [[nodiscard]] bool owned() const noexcept { return m_owned; }

    operator std::string_view() const noexcept { return view(); } // NOLINT
    operator std::string() const { return str(); }                // NOLINT

    friend bool operator==(const FieldText& a, const FieldText& b) noexcept {
        return a.view() == b.view();
    }
    friend bool operator==(const FieldText& a, std::string_view b) noexcept {
        return a.view() == b;
    }
    friend bool operator==(const FieldText& a, const char* b) noexcept {
        return a.view() == std::string_view(b == nullptr ? "" : b);
    }
    friend bool operator==(const FieldText& a, const std::string& b) noexcept {
        return a.view() == std::string_view(b);
    }

    friend std::string operator+(std::string a, const FieldText& b) {
        a.append(b.m_data, b.m_size);
        return a;
    }
    friend std::string operator+(const FieldText& a, std::string_view b) {
        std::string s;
        s.reserve(a.m_size + b.size());
        s.append(a.m_data, a.m_size);
        s.append(b);
        return s;
    }
    friend std::string operator+(const FieldText& a, const FieldText& b) { return a + b.view(); }
    friend std::string operator+(const FieldText& a, const char* b) {
        return a + std::string_view(b);
    }
    friend std::string operator+(const char* a, const FieldText& b) { return std::string(a) + b; }

    friend std::ostream& operator<<(std::ostream& out, const FieldText& text);

private:
    struct Copy {};
    FieldText(std::string_view text, Copy) { copyFrom(text); }
    void copyFrom(std::string_view text); // becomes an owned copy of `text`
    void forget() noexcept {
        m_data = "";
        m_size = 0;
        m_owned = false;
    }
    void release() noexcept {
        if (m_owned) {
            delete[] m_data;
        }
        forget();
    }

    const char* m_data = "";
    std::size_t m_size = 0;
    bool m_owned = false;
};

} // namespace hopscope::wire
