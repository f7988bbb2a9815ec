#include "clioptions.h"

#include "clitr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

CliOptions::CliOptions(const QStringList& args, const QStringList& valued, const QStringList& flags, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            *error = CliTr::tr("unexpected argument '%1'").arg(a);
            return;
        }
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = a.indexOf(u'='); eq > 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
            inlineValue = true;
        }
        const QString name = a.mid(2);
        if (flags.contains(name)) {
            if (inlineValue) {
                *error = CliTr::tr("--%1 takes no value").arg(name);
                return;
            }
            m_flags << name;
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = CliTr::tr("--%1 needs a value").arg(name);
                    return;
                }
                value = args[++i];
            }
            if (m_values.contains(name)) {
                *error = CliTr::tr("--%1 is given twice").arg(name);
                return;
            }
            m_values.insert(name, value);
        } else {
            *error = CliTr::tr("unknown option --%1").arg(name);
            return;
        }
    }
}

std::optional<qint64> parseCount(const QString& text, qint64 min, qint64 max)
{
    QString t = text.trimmed();
    qint64 scale = 1;
    if (t.endsWith(u'k') || t.endsWith(u'K')) {
        scale = 1024;
        t.chop(1);
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v <= 0 || v > max / scale || v * scale < min)
        return std::nullopt;
    return v * scale;
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented);
}

int runJsonOrText(const QStringList& args, const char* command, QTextStream& out, QTextStream& err,
    const std::function<QJsonValue()>& json, const std::function<void()>& text)
{
    QString error;
    const CliOptions o(args, {}, { QStringLiteral("json") }, &error);
    if (!error.isEmpty()) {
        err << "fitplanner " << command << ": " << error << '\n';
        return 2;
    }
    if (o.flag(QStringLiteral("json")))
        printJson(out, json());
    else
        text();
    return 0;
}
