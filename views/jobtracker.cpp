// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "jobtracker.h"

JobTracker::JobTracker(QObject* context, Policy policy)
    : m_context(context)
    , m_policy(policy)
{ }

JobTracker::~JobTracker()
{
    cancelJobs();
    // The watchers belong to the context and go with it; their queued results are never delivered.
    m_pool.waitForDone();
}

void JobTracker::jobDone()
{
    if (m_running > 0 || !m_pending)
        return;
    std::function<void()> next = std::move(m_pending);
    m_pending = nullptr;
    next();
}

void JobTracker::cancelJobs()
{
    m_pending = nullptr;
    m_cancelledUpTo = m_generation;
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
}
