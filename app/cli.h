#pragma once

#include "catalogs.h"

#include <QStringList>
#include <QTextStream>

// The command-line twin of the GUI: the same core, JSON on stdout, errors on stderr with a non-zero exit.
// Returns the process exit code: 0 success, 1 the computation failed, 2 bad usage or input.
int runCli(const QStringList& args, const Catalogs& catalogs, QTextStream& out, QTextStream& err);

// Whether argv names a CLI command (as opposed to starting the GUI).
bool isCliCommand(const QString& firstArg);
