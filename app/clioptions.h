#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

// Options after a CLI command: "--name value", "--name=value" or a bare flag. Shared by every command.
class CliOptions
{
public:
    CliOptions(const QStringList& args, const QStringList& valued, const QStringList& flags, QString* error);

    bool flag(const QString& name) const { return m_flags.contains(name); }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }

private:
    QHash<QString, QString> m_values;
    QStringList m_flags;
};

// A whole positive number with an optional k (x1024) suffix, within [min, max]; nullopt otherwise.
std::optional<qint64> parseCount(const QString& text, qint64 min, qint64 max);

// An object or array as indented JSON.
void printJson(QTextStream& out, const QJsonValue& value);

// The commands whose only option is --json: prints json() or runs text(), and returns 0; after a bad argument
// prints "fitplanner <command>: <problem>" to `err` and returns 2.
int runJsonOrText(const QStringList& args, const char* command, QTextStream& out, QTextStream& err,
    const std::function<QJsonValue()>& json, const std::function<void()>& text);
