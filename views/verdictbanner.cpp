// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "verdictbanner.h"

#include "fitstatusdecorator.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_suggestion(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_suggestion);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    setAccessibleName(tr("Verdict"));
}

void VerdictBanner::setVerdict(Planner::FitStatus status, const QString& headline, const QString& suggestion)
{
    m_error = false;
    m_status = status;
    m_headline->setText(headline);
    m_suggestion->setText(suggestion);
    m_suggestion->setVisible(!suggestion.isEmpty());
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(FitStatusDecorator::statusIcon(status).pixmap(size, size));
    setAccessibleDescription(headline + u' ' + suggestion);
    applyColors();
}

void VerdictBanner::setError(const QString& message)
{
    m_error = true;
    m_status = Planner::FitStatus::DoesNotFit;
    m_headline->setText(tr("Cannot estimate this scenario"));
    m_suggestion->setText(message);
    m_suggestion->setVisible(true);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    setAccessibleDescription(message);
    applyColors();
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

QString VerdictBanner::suggestion() const
{
    return m_suggestion->text();
}

void VerdictBanner::applyColors()
{
    const auto colors = FitStatusDecorator::statusColors(m_status, QApplication::palette());
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colors.background);
    pal.setColor(QPalette::WindowText, colors.foreground);
    setPalette(pal);
}

void VerdictBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Verdict"));
    QFrame::changeEvent(event);
}
