// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "catalogs.h"
#include "clicommand.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

// The command-line twin of the GUI: the same core, JSON on stdout, errors on stderr with a non-zero exit.
// Returns the process exit code: 0 success, 1 the computation failed, 2 bad usage or input.
int runCli(const QStringList& args, const Catalogs& catalogs, QTextStream& out, QTextStream& err);

// Whether argv names a CLI command (as opposed to starting the GUI).
bool isCliCommand(const QString& firstArg);

// Every command, in the order `fitplanner --help` lists them. The validators refer to `catalogs`.
QList<CliCommand> cliCommands(const Catalogs& catalogs);

// `fitplanner --help`: the commands with their one-line summaries.
QString cliUsage(const Catalogs& catalogs);

// docs/cli.md: the output of `fitplanner --help` and of `fitplanner <command> --help` for every command.
QString cliReference(const Catalogs& catalogs);
