// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "boundedjson_p.h"

#include <QCoreApplication>

using nlohmann::json;

namespace Planner::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::BoundedJson)
};

// A value held in an array is also counted while its array grows: the vector's old buffer and the new one of twice
// its size coexist during the copy (16 bytes a value in each), so the peak of a long array is 48 bytes a value.
constexpr qint64 kValueCost = JsonCost::value + JsonCost::value / 2;
constexpr qint64 kStringCost = JsonCost::string;
constexpr qint64 kArrayCost = JsonCost::array;
constexpr qint64 kObjectCost = JsonCost::object;
constexpr qint64 kMemberCost = JsonCost::member;

constexpr qint64 kFixedAllowance = qint64(16) << 20;
constexpr qint64 kSizeFactor = 3;

// Builds nodes through nlohmann's DOM builder while counting depth and cost; with a member callback, each
// member of the top-level object is handed over as soon as it is complete and its nodes are released.
class BoundedSax
{
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<json>;

    BoundedSax(const JsonBudget& budget, const JsonMemberFn* member)
        : m_budget(budget)
        , m_member(member)
    {
        m_dom.emplace(m_value, false);
    }

    json& value() { return m_value; }
    const QString& error() const { return m_error; }

    bool null() { return scalar(kValueCost) && m_dom->null() && completed(); }
    bool boolean(bool v) { return scalar(kValueCost) && m_dom->boolean(v) && completed(); }
    bool number_integer(json::number_integer_t v)
    {
        return scalar(kValueCost) && m_dom->number_integer(v) && completed();
    }
    bool number_unsigned(json::number_unsigned_t v)
    {
        return scalar(kValueCost) && m_dom->number_unsigned(v) && completed();
    }
    bool number_float(json::number_float_t v, const json::string_t& s)
    {
        return scalar(kValueCost) && m_dom->number_float(v, s) && completed();
    }
    bool string(json::string_t& s)
    {
        return scalar(kValueCost + kStringCost + qint64(s.size())) && m_dom->string(s) && completed();
    }
    bool binary(json::binary_t& b)
    {
        return scalar(kValueCost + kStringCost + qint64(b.size())) && m_dom->binary(b) && completed();
    }
    bool start_object(std::size_t n)
    {
        if (!open(kValueCost + kObjectCost))
            return false;
        if (m_member && m_depth == 1)
            return true; // the top-level object itself is never built
        return m_dom->start_object(n);
    }
    bool key(json::string_t& k)
    {
        if (m_member && m_depth == 1) {
            m_key = k;
            return true;
        }
        return charge(kMemberCost + qint64(k.size())) && m_dom->key(k);
    }
    bool end_object()
    {
        if (m_member && m_depth == 1) {
            --m_depth;
            return true;
        }
        --m_depth;
        return m_dom->end_object() && completed();
    }
    bool start_array(std::size_t n)
    {
        if (!open(kValueCost + kArrayCost))
            return false;
        if (m_member && m_depth == 1)
            return stop(jsonNotObjectReason());
        return m_dom->start_array(n);
    }
    bool end_array()
    {
        --m_depth;
        return m_dom->end_array() && completed();
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&)
    {
        return stop(jsonMalformedReason());
    }

private:
    bool stop(const QString& reason)
    {
        if (m_error.isEmpty())
            m_error = reason;
        return false;
    }

    bool charge(qint64 cost)
    {
        m_cost += cost;
        if (m_cost > m_budget.maxCost)
            return stop(jsonOverBudgetReason(m_budget.maxCost));
        return true;
    }

    bool open(qint64 cost)
    {
        if (++m_depth > m_budget.maxDepth)
            return stop(jsonTooDeepReason(m_budget.maxDepth));
        return charge(cost);
    }

    bool scalar(qint64 cost)
    {
        if (m_member && m_depth == 0)
            return stop(jsonNotObjectReason());
        return charge(cost);
    }

    // After a value ends: in member mode, a member at the top level is complete when the depth is back to 1.
    bool completed()
    {
        if (!m_member || m_depth != 1)
            return true;
        const QString e = (*m_member)(m_key, std::move(m_value));
        m_value = json();
        m_dom.emplace(m_value, false);
        m_cost = 0;
        return e.isEmpty() || stop(e);
    }

    const JsonBudget& m_budget;
    const JsonMemberFn* m_member = nullptr;
    json m_value;
    std::optional<Dom> m_dom;
    std::string m_key;
    int m_depth = 0;
    qint64 m_cost = 0;
    QString m_error;
};

} // namespace

QString jsonMalformedReason()
{
    return Tr::tr("is not valid JSON (truncated or malformed)");
}

QString jsonTooDeepReason(int maxDepth)
{
    return Tr::tr("nests arrays and objects deeper than %1 levels").arg(maxDepth);
}

QString jsonOverBudgetReason(qint64 maxCost)
{
    return Tr::tr("holds more values than a file of its size plausibly needs (over %1 bytes once parsed)").arg(maxCost);
}

QString jsonNotObjectReason()
{
    return Tr::tr("is not a JSON object");
}

JsonBudget jsonBudget(qint64 inputBytes, int maxDepth)
{
    return { maxDepth, kSizeFactor * std::max<qint64>(inputBytes, 0) + kFixedAllowance };
}

std::optional<json> parseBoundedJson(const QByteArray& bytes, const JsonBudget& budget, QString* error)
{
    BoundedSax sax(budget, nullptr);
    const bool ok = json::sax_parse(bytes.constBegin(), bytes.constEnd(), &sax, json::input_format_t::json, true);
    if (!ok || !sax.error().isEmpty()) {
        if (error)
            *error = sax.error().isEmpty() ? jsonMalformedReason() : sax.error();
        return std::nullopt;
    }
    return std::move(sax.value());
}

bool parseBoundedJsonMembers(
    const QByteArray& bytes, const JsonBudget& budget, const JsonMemberFn& member, QString* error)
{
    BoundedSax sax(budget, &member);
    const bool ok = json::sax_parse(bytes.constBegin(), bytes.constEnd(), &sax, json::input_format_t::json, true);
    if (!ok || !sax.error().isEmpty()) {
        if (error)
            *error = sax.error().isEmpty() ? jsonMalformedReason() : sax.error();
        return false;
    }
    return true;
}

} // namespace Planner::detail
