// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Private to model/: reading typed fields of JSON objects (config.json, the catalogs) and the catalogs' top-level
// arrays, each problem reported as a ParseError naming the file, the field and the reason. Never include this
// from a public header.

#include "parseerror.h"

#include <optional>

#include <QSet>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace Planner::detail {

// Reads typed fields of one JSON object; each bad field is reported as (file, "<where>.<key>", reason) and
// counted, and the reader returns the fallback for it.
class JsonFields
{
public:
    JsonFields(const nlohmann::json& obj, QString file, QString where, QList<ParseError>* errors);

    bool has(const char* key) const;
    // A whole number in [min, max]; a float that is whole (4096.0) counts. nullopt when absent or bad.
    std::optional<qint64> optInt(const char* key, qint64 min, qint64 max);
    qint64 integer(const char* key, qint64 fallback, qint64 min, qint64 max);
    // As integer, and "is missing" when absent (then 0).
    qint64 required(const char* key, qint64 min, qint64 max);
    // A number above 0 and at most max; "is missing" when absent (then 0).
    double positive(const char* key, double max);
    // A number in [min, max]; nullopt when absent or bad.
    std::optional<double> optNumber(const char* key, double min, double max);
    bool boolean(const char* key, bool fallback);
    // As boolean, and "is missing" when absent.
    bool requiredBoolean(const char* key);
    QString string(const char* key, const QString& fallback = {});
    // A string that must be present and, trimmed, not empty.
    QString requiredString(const char* key);
    // An array of strings (empty when absent); with nonEmpty, absent or empty arrays and blank strings are errors.
    QStringList strings(const char* key, bool nonEmpty = false);
    const nlohmann::json* object(const char* key);
    const nlohmann::json* array(const char* key);

    void fail(const char* key, const QString& reason);
    QString field(const char* key) const;
    // A reader of `obj`, the object at `key`, whose problems name "<where>.<key>.<field>" in the same file.
    JsonFields nested(const nlohmann::json& obj, const char* key) const;
    int failures() const { return m_failures; }
    // Names the entry better once its id is known: "models[3]" becomes "models[3] (qwen-7b)".
    void setWhere(const QString& where) { m_where = where; }
    const QString& where() const { return m_where; }

private:
    const nlohmann::json& m_obj;
    QString m_file;
    QString m_where;
    QList<ParseError>* m_errors;
    int m_failures = 0;
};

// A catalog file (models.json, quants.json, gpus.json): a JSON object whose top-level arrays hold one object per
// entry, each with a unique id.
class CatalogDocument
{
public:
    // Parses `data`; a file that is not a JSON object is reported ("is not valid JSON") and is not valid.
    CatalogDocument(const QByteArray& data, QString file, QList<ParseError>* errors);

    bool isValid() const { return !m_doc.is_discarded() && m_doc.is_object(); }
    // The top-level array `key`; nullptr, reported as "<key>: must be an array", when the document lacks it.
    const nlohmann::json* array(const char* key);

    // Calls read(entry, where) for each entry of the top-level array `key` that is an object ("<key>[i]");
    // other entries are reported. Nothing happens when the array is missing (array() reports that).
    template <typename Read> void forEachEntry(const char* key, Read&& read)
    {
        const nlohmann::json* list = array(key);
        if (!list)
            return;
        int index = 0;
        for (const nlohmann::json& entry : *list) {
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(index++);
            if (!entry.is_object())
                report(where, objectExpected());
            else
                read(entry, where);
        }
    }

    // True the first time an id is seen in `seen` (case-insensitively); else "<where>.id: '<id>' appears more than
    // once" is reported.
    bool firstOccurrence(QSet<QString>& seen, const QString& id, const QString& where);
    void report(const QString& field, const QString& reason);
    const QString& file() const { return m_file; }
    QList<ParseError>* errors() const { return m_errors; }

private:
    static QString objectExpected();

    nlohmann::json m_doc;
    QString m_file;
    QList<ParseError>* m_errors;
    QSet<QString> m_missingArrays;
};

} // namespace Planner::detail
