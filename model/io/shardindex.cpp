// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "shardindex.h"

#include "boundedjson_p.h"
#include "guardedfile.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string_view>

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Planner {

namespace {

// The messages are those the model file opener has always given for an index.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::ModelFile)
};

constexpr int kMaxIndexDepth = 8;

} // namespace

// Builds a ShardIndex from nlohmann's SAX events: the members of the top-level "weight_map" object are appended to
// the index as they come; everything else is only counted against the depth limit and the node budget.
class ShardIndexBuilder
{
public:
    ShardIndexBuilder(const QString& path, const detail::JsonBudget& budget)
        : m_budget(budget)
    {
        m_index.m_path = path;
    }

    const QString& error() const { return m_error; }
    ShardIndex take() { return std::move(m_index); }

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(json::number_integer_t) { return scalar(); }
    bool number_unsigned(json::number_unsigned_t) { return scalar(); }
    bool number_float(json::number_float_t, const json::string_t&) { return scalar(); }
    bool binary(json::binary_t&) { return scalar(); }
    bool string(json::string_t& s)
    {
        if (inMapValue())
            return add(s);
        return scalar(detail::JsonCost::string + qint64(s.size()));
    }
    bool start_object(std::size_t)
    {
        if (inMapValue())
            return notAFileName();
        if (m_depth == 1 && m_key == "weight_map")
            m_inMap = true;
        return open(detail::JsonCost::object);
    }
    bool key(json::string_t& k)
    {
        if (m_depth == 1) {
            m_key = k;
            return true;
        }
        if (m_inMap && m_depth == 2) {
            m_mapKey = k;
            return true;
        }
        return charge(detail::JsonCost::member + qint64(k.size()));
    }
    bool end_object()
    {
        if (--m_depth == 1)
            m_inMap = false;
        return true;
    }
    bool start_array(std::size_t)
    {
        if (m_depth == 0)
            return stop(Tr::tr("%1: not a JSON object (truncated or corrupt)").arg(m_index.m_path));
        if (inMapValue())
            return notAFileName();
        return open(detail::JsonCost::array);
    }
    bool end_array()
    {
        --m_depth;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&)
    {
        return stop(reason(detail::jsonMalformedReason()));
    }

    // After the last event: the files in name order, the entries sorted by tensor name, no tensor twice.
    bool finish()
    {
        if (m_index.m_entries.empty())
            return stop(Tr::tr("%1: weight_map is missing or empty").arg(m_index.m_path));
        std::vector<quint32> order(std::size_t(m_index.m_files.size()));
        std::iota(order.begin(), order.end(), 0U);
        std::sort(order.begin(), order.end(),
            [&](quint32 a, quint32 b) { return m_index.m_files[qsizetype(a)] < m_index.m_files[qsizetype(b)]; });
        std::vector<quint32> rank(order.size());
        QStringList sorted;
        sorted.reserve(m_index.m_files.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            rank[order[i]] = quint32(i);
            sorted << m_index.m_files[qsizetype(order[i])];
        }
        m_index.m_files = sorted;
        m_files.clear();
        const std::string& names = m_index.m_names;
        const auto name
            = [&](const ShardIndex::Entry& e) { return std::string_view(names).substr(e.nameOffset, e.nameLength); };
        m_index.m_names.shrink_to_fit();
        m_index.m_entries.shrink_to_fit();
        for (ShardIndex::Entry& e : m_index.m_entries)
            e.file = rank[e.file];
        std::sort(m_index.m_entries.begin(), m_index.m_entries.end(),
            [&](const ShardIndex::Entry& a, const ShardIndex::Entry& b) { return name(a) < name(b); });
        const auto twice = std::adjacent_find(m_index.m_entries.begin(), m_index.m_entries.end(),
            [&](const ShardIndex::Entry& a, const ShardIndex::Entry& b) { return name(a) == name(b); });
        if (twice != m_index.m_entries.end()) {
            const std::string_view n = name(*twice);
            return stop(Tr::tr("%1: weight_map lists tensor '%2' twice")
                            .arg(m_index.m_path, QString::fromUtf8(n.data(), qsizetype(n.size())).left(200)));
        }
        return true;
    }

private:
    bool inMapValue() const { return m_inMap && m_depth == 2; }

    QString reason(const QString& why) const { return QStringLiteral("%1: %2").arg(m_index.m_path, why); }

    bool stop(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool charge(qint64 cost)
    {
        m_cost += cost;
        if (m_cost > m_budget.maxCost)
            return stop(reason(detail::jsonOverBudgetReason(m_budget.maxCost)));
        return true;
    }

    bool open(qint64 cost)
    {
        if (++m_depth > m_budget.maxDepth)
            return stop(reason(detail::jsonTooDeepReason(m_budget.maxDepth)));
        return m_depth == 1 || charge(detail::JsonCost::value + cost);
    }

    bool scalar(qint64 extra = 0)
    {
        if (m_depth == 0)
            return stop(Tr::tr("%1: not a JSON object (truncated or corrupt)").arg(m_index.m_path));
        if (inMapValue())
            return notAFileName();
        return charge(detail::JsonCost::value + extra);
    }

    bool notAFileName()
    {
        return stop(Tr::tr("%1: weight_map.%2 must be a file name")
                        .arg(m_index.m_path, QString::fromStdString(m_mapKey).left(200)));
    }

    // One tensor of the weight map: its name into the block of names, its file into the file list.
    bool add(const std::string& file)
    {
        auto known = m_files.constFind(QByteArray::fromRawData(file.data(), qsizetype(file.size())));
        if (known == m_files.cend()) {
            const QString name = QString::fromStdString(file);
            // Shards must be plain names inside the folder: no paths that point elsewhere.
            if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name == QLatin1String("..")
                || name == QLatin1String(".")) {
                return stop(Tr::tr("%1: weight_map names '%2', which is not a file name in this folder")
                                .arg(m_index.m_path, name.left(200)));
            }
            if (m_index.m_files.size() >= kMaxShardFiles)
                return stop(Tr::tr("%1: more than %2 shard files").arg(m_index.m_path).arg(kMaxShardFiles));
            if (!charge(detail::JsonCost::string + 2 * qint64(name.size())))
                return false;
            known = m_files.insert(QByteArray(file.data(), qsizetype(file.size())), quint32(m_index.m_files.size()));
            m_index.m_files << name;
        }
        std::string& names = m_index.m_names;
        if (m_mapKey.size() > std::numeric_limits<quint32>::max() - names.size())
            return stop(reason(detail::jsonOverBudgetReason(m_budget.maxCost)));
        if (!charge(qint64(sizeof(ShardIndex::Entry)) + qint64(m_mapKey.size())))
            return false;
        m_index.m_entries.push_back({ quint32(names.size()), quint32(m_mapKey.size()), *known });
        names += m_mapKey;
        return true;
    }

    const detail::JsonBudget& m_budget;
    ShardIndex m_index;
    QHash<QByteArray, quint32> m_files; // file name -> position in m_index.m_files while reading
    std::string m_key; // the current top-level member
    std::string m_mapKey; // the current tensor of the weight map
    bool m_inMap = false;
    int m_depth = 0;
    qint64 m_cost = 0;
    QString m_error;
};

int ShardIndex::fileOf(const QString& tensor) const
{
    const QByteArray utf8 = tensor.toUtf8();
    const std::string_view wanted(utf8.constData(), std::size_t(utf8.size()));
    const auto name = [&](const Entry& e) { return std::string_view(m_names).substr(e.nameOffset, e.nameLength); };
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), wanted, [&](const Entry& e, std::string_view w) { return name(e) < w; });
    if (it == m_entries.end() || name(*it) != wanted)
        return -1;
    return int(it->file);
}

qint64 ShardIndex::keptBytes() const
{
    return qint64(m_names.capacity()) + qint64(m_entries.capacity() * sizeof(Entry));
}

std::optional<ShardIndex> parseShardIndex(const QByteArray& json, const QString& path, QString* error)
{
    const detail::JsonBudget budget = detail::jsonBudget(json.size(), kMaxIndexDepth);
    ShardIndexBuilder builder(path, budget);
    const bool ok = json::sax_parse(json.constBegin(), json.constEnd(), &builder, json::input_format_t::json, true);
    if (!ok || !builder.error().isEmpty() || !builder.finish()) {
        if (error) {
            *error = builder.error().isEmpty() ? QStringLiteral("%1: %2").arg(path, detail::jsonMalformedReason())
                                               : builder.error();
        }
        return std::nullopt;
    }
    return builder.take();
}

std::optional<ShardIndex> readShardIndex(const QString& path, QString* error)
{
    const auto bytes = readGuardedFile(path, GuardedKind::ShardIndex, error);
    if (!bytes)
        return std::nullopt;
    return parseShardIndex(*bytes, path, error);
}

} // namespace Planner
