// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "jsonfields_p.h"

#include <limits>

#include <QCoreApplication>

using nlohmann::json;

namespace Planner::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::JsonFields)
};

QString typeName(const json& v)
{
    return QString::fromLatin1(v.type_name());
}

} // namespace

JsonFields::JsonFields(const json& obj, QString file, QString where, QList<ParseError>* errors)
    : m_obj(obj)
    , m_file(std::move(file))
    , m_where(std::move(where))
    , m_errors(errors)
{ }

bool JsonFields::has(const char* key) const
{
    const auto it = m_obj.find(key);
    return it != m_obj.end() && !it->is_null();
}

std::optional<qint64> JsonFields::optInt(const char* key, qint64 min, qint64 max)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return std::nullopt;
    qint64 v = 0;
    if (it->is_number_integer()) {
        if (it->is_number_unsigned() && it->get<quint64>() > quint64(std::numeric_limits<qint64>::max())) {
            fail(key, Tr::tr("the number is too large"));
            return std::nullopt;
        }
        v = it->get<qint64>();
    } else if (it->is_number_float()) {
        const double d = it->get<double>();
        if (!(d >= double(min) && d <= double(max)) || d != static_cast<double>(static_cast<qint64>(d))) {
            fail(key, Tr::tr("must be a whole number between %1 and %2").arg(min).arg(max));
            return std::nullopt;
        }
        v = static_cast<qint64>(d);
    } else {
        fail(key, Tr::tr("must be a number, found %1").arg(typeName(*it)));
        return std::nullopt;
    }
    if (v < min || v > max) {
        fail(key, Tr::tr("%1 is out of range (%2 to %3)").arg(v).arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

qint64 JsonFields::integer(const char* key, qint64 fallback, qint64 min, qint64 max)
{
    return optInt(key, min, max).value_or(fallback);
}

qint64 JsonFields::required(const char* key, qint64 min, qint64 max)
{
    if (!has(key)) {
        fail(key, Tr::tr("is missing"));
        return 0;
    }
    return optInt(key, min, max).value_or(0);
}

double JsonFields::positive(const char* key, double max)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null()) {
        fail(key, Tr::tr("is missing"));
        return 0.0;
    }
    if (!it->is_number()) {
        fail(key, Tr::tr("must be a number, found %1").arg(typeName(*it)));
        return 0.0;
    }
    const double v = it->get<double>();
    if (!(v > 0.0) || v > max) {
        fail(key, Tr::tr("must be above 0 and at most %1").arg(max));
        return 0.0;
    }
    return v;
}

std::optional<double> JsonFields::optNumber(const char* key, double min, double max)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return std::nullopt;
    if (!it->is_number()) {
        fail(key, Tr::tr("must be a number, found %1").arg(typeName(*it)));
        return std::nullopt;
    }
    const double v = it->get<double>();
    if (!(v >= min) || v > max) {
        fail(key, Tr::tr("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

bool JsonFields::boolean(const char* key, bool fallback)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return fallback;
    if (!it->is_boolean()) {
        fail(key, Tr::tr("must be true or false, found %1").arg(typeName(*it)));
        return fallback;
    }
    return it->get<bool>();
}

bool JsonFields::requiredBoolean(const char* key)
{
    if (!has(key)) {
        fail(key, Tr::tr("is missing"));
        return false;
    }
    return boolean(key, false);
}

QString JsonFields::string(const char* key, const QString& fallback)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return fallback;
    if (!it->is_string()) {
        fail(key, Tr::tr("must be a string, found %1").arg(typeName(*it)));
        return fallback;
    }
    return QString::fromStdString(it->get<std::string>());
}

QString JsonFields::requiredString(const char* key)
{
    if (!has(key)) {
        fail(key, Tr::tr("is missing"));
        return {};
    }
    const int before = m_failures;
    const QString s = string(key).trimmed();
    if (s.isEmpty() && m_failures == before)
        fail(key, Tr::tr("must not be empty"));
    return s;
}

QStringList JsonFields::strings(const char* key, bool nonEmpty)
{
    QStringList out;
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null()) {
        if (nonEmpty)
            fail(key, Tr::tr("is missing"));
        return out;
    }
    if (!it->is_array() || (nonEmpty && it->empty())) {
        fail(key, nonEmpty ? Tr::tr("must be a non-empty array of strings") : Tr::tr("must be an array of strings"));
        return out;
    }
    for (const json& v : *it) {
        const QString s = v.is_string() ? QString::fromStdString(v.get<std::string>()).trimmed() : QString();
        if (!v.is_string() || (nonEmpty && s.isEmpty())) {
            fail(
                key, nonEmpty ? Tr::tr("must be a non-empty array of strings") : Tr::tr("must be an array of strings"));
            return {};
        }
        out << (nonEmpty ? s : QString::fromStdString(v.get<std::string>()));
    }
    return out;
}

const json* JsonFields::object(const char* key)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return nullptr;
    if (!it->is_object()) {
        fail(key, Tr::tr("must be an object, found %1").arg(typeName(*it)));
        return nullptr;
    }
    return &*it;
}

const json* JsonFields::array(const char* key)
{
    const auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return nullptr;
    if (!it->is_array()) {
        fail(key, Tr::tr("must be an array, found %1").arg(typeName(*it)));
        return nullptr;
    }
    return &*it;
}

void JsonFields::fail(const char* key, const QString& reason)
{
    ++m_failures;
    if (m_errors)
        m_errors->append({ m_file, field(key), reason });
}

QString JsonFields::field(const char* key) const
{
    return m_where.isEmpty() ? QString::fromLatin1(key) : m_where + u'.' + QString::fromLatin1(key);
}

JsonFields JsonFields::nested(const json& obj, const char* key) const
{
    return JsonFields(obj, m_file, field(key), m_errors);
}

CatalogDocument::CatalogDocument(const QByteArray& data, QString file, QList<ParseError>* errors)
    : m_doc(json::parse(data.constBegin(), data.constEnd(), nullptr, false))
    , m_file(std::move(file))
    , m_errors(errors)
{
    if (!isValid())
        report(QString(), Tr::tr("is not valid JSON (truncated or malformed)"));
}

const json* CatalogDocument::array(const char* key)
{
    if (!isValid())
        return nullptr;
    const auto it = m_doc.find(key);
    if (it != m_doc.end() && it->is_array())
        return &*it;
    const QString name = QString::fromLatin1(key);
    if (!m_missingArrays.contains(name)) {
        m_missingArrays.insert(name);
        report(name, Tr::tr("must be an array"));
    }
    return nullptr;
}

bool CatalogDocument::firstOccurrence(QSet<QString>& seen, const QString& id, const QString& where)
{
    const QString key = id.toLower();
    if (seen.contains(key)) {
        report(where + QStringLiteral(".id"), Tr::tr("'%1' appears more than once").arg(id));
        return false;
    }
    seen.insert(key);
    return true;
}

void CatalogDocument::report(const QString& field, const QString& reason)
{
    if (m_errors)
        m_errors->append({ m_file, field, reason });
}

QString CatalogDocument::objectExpected()
{
    return Tr::tr("must be an object");
}

} // namespace Planner::detail
