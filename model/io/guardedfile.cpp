// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "guardedfile.h"

#include "units.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Planner {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner::GuardedFile)
};

QString undecodableName(const QString& path)
{
    // Names that are not valid in the file system's encoding arrive with replacement characters, and
    // then name no file at all.
    if (path.contains(QChar::ReplacementCharacter) || QFile::decodeName(QFile::encodeName(path)) != path)
        return Tr::tr("%1: the file name is not valid in the file system's encoding (it cannot be decoded)").arg(path);
    return {};
}

#ifdef Q_OS_UNIX
QString kindProblem(const QString& path, mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return Tr::tr("%1: is a folder, not a file").arg(path);
    if (S_ISCHR(mode))
        return Tr::tr("%1: is a character device, not a regular file").arg(path);
    if (S_ISBLK(mode))
        return Tr::tr("%1: is a block device, not a regular file").arg(path);
    if (S_ISFIFO(mode))
        return Tr::tr("%1: is a FIFO (named pipe), not a regular file").arg(path);
    if (S_ISSOCK(mode))
        return Tr::tr("%1: is a socket, not a regular file").arg(path);
    return Tr::tr("%1: is not a regular file").arg(path);
}

QString errnoProblem(const QString& path, int code)
{
    switch (code) {
    case ELOOP:
        return Tr::tr("%1: a loop of symbolic links (too many levels of links)").arg(path);
    case ENOENT:
        return QFileInfo(path).isSymLink() ? Tr::tr("%1: is a symbolic link to a file that does not exist").arg(path)
                                           : Tr::tr("%1: no such file or folder").arg(path);
    case EACCES:
        return Tr::tr("%1: permission denied").arg(path);
    case ENOTDIR:
        return Tr::tr("%1: a part of the path is not a folder").arg(path);
    case ENAMETOOLONG:
        return Tr::tr("%1: the path is too long").arg(path);
    default:
        return Tr::tr("%1: cannot open: %2").arg(path, QString::fromLocal8Bit(std::strerror(code)));
    }
}
#endif

} // namespace

qint64 guardedByteLimit(GuardedKind kind)
{
    switch (kind) {
    case GuardedKind::ConfigJson:
        return 16 * MiB;
    case GuardedKind::ShardIndex:
        return 32 * MiB;
    case GuardedKind::GgufHeader:
        return 512 * MiB;
    case GuardedKind::SafetensorsHeader:
        return 100 * MiB;
    case GuardedKind::SavedScenarios:
        return 4 * MiB;
    case GuardedKind::CustomModels:
        return 32 * MiB;
    }
    return 16 * MiB;
}

QString guardedPathProblem(const QString& path)
{
    if (const QString e = undecodableName(path); !e.isEmpty())
        return e;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    // stat() follows links and reports a loop as ELOOP.
    if (::stat(name.constData(), &st) != 0)
        return errnoProblem(path, errno);
    return kindProblem(path, st.st_mode);
#else
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return Tr::tr("%1: is a symbolic link to a file that does not exist (or a loop of links)").arg(path);
    if (!info.exists())
        return Tr::tr("%1: no such file or folder").arg(path);
    if (info.isDir())
        return Tr::tr("%1: is a folder, not a file").arg(path);
    if (!info.isFile())
        return Tr::tr("%1: is not a regular file").arg(path);
    return {};
#endif
}

bool GuardedFile::open(const QString& path, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    m_path = path;
    if (const QString e = guardedPathProblem(path); !e.isEmpty())
        return fail(e);
#ifdef Q_OS_UNIX
    // Non-blocking, so that a FIFO or device put in place after the check cannot hold the open() forever; the
    // descriptor's own kind is checked again before anything is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return fail(errnoProblem(path, errno));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString e = kindProblem(path, st.st_mode);
        ::close(fd);
        return fail(e.isEmpty() ? Tr::tr("%1: cannot inspect the open file").arg(path) : e);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
        ::close(fd);
        return fail(Tr::tr("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (!m_file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(Tr::tr("%1: cannot open: %2").arg(path, m_file.errorString()));
    }
    m_size = qint64(st.st_size);
#else
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("%1: cannot open: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
#endif
    return true;
}

std::optional<QByteArray> GuardedFile::readAll(qint64 limit, QString* error)
{
    const auto fail = [&](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!m_file.isOpen())
        return fail(Tr::tr("%1: not open").arg(m_path));
    // The claimed size only sizes the first allocation; the limit is counted on what actually arrives.
    QByteArray out;
    out.reserve(qsizetype(std::clamp<qint64>(m_size, 0, limit) + 1));
    constexpr qint64 chunk = 1 << 16;
    for (;;) {
        const qint64 want = std::min(chunk, limit + 1 - qint64(out.size()));
        const qsizetype at = out.size();
        out.resize(at + qsizetype(want));
        const qint64 got = m_file.read(out.data() + at, want);
        if (got < 0)
            return fail(Tr::tr("%1: cannot read: %2").arg(m_path, m_file.errorString()));
        out.resize(at + qsizetype(got));
        if (qint64(out.size()) > limit)
            return fail(Tr::tr("%1: larger than the limit of %2 bytes for this kind of file").arg(m_path).arg(limit));
        if (got == 0)
            break;
    }
    return out;
}

std::optional<QByteArray> readGuardedFile(const QString& path, GuardedKind kind, QString* error)
{
    GuardedFile f;
    if (!f.open(path, error))
        return std::nullopt;
    return f.readAll(guardedByteLimit(kind), error);
}

} // namespace Planner
