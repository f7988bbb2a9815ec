// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include "fitverdict.h"

#include <QFrame>

class QLabel;

// The answer first: one coloured sentence with an icon, and one suggestion under it.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget* parent = nullptr);

    void setVerdict(Planner::FitStatus status, const QString& headline, const QString& suggestion);
    /** The scenario cannot be estimated: show why instead of a verdict. */
    void setError(const QString& message);

    QString headline() const;
    QString suggestion() const;
    Planner::FitStatus status() const { return m_status; }
    bool isError() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_suggestion;
    Planner::FitStatus m_status = Planner::FitStatus::DoesNotFit;
    bool m_error = false;
};
