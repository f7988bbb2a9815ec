// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QString>

// The child of `root` with this type and object name, as a user finds a control by what it is. A missing one
// stops the test run: every later step would depend on it.
template <typename T> T* child(const QObject& root, const char* name)
{
    T* found = root.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named '%s' under %s", T::staticMetaObject.className(), name, root.metaObject()->className());
    return found;
}
