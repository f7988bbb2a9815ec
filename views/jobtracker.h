// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrentRun>

/**
 * Runs work off the GUI thread and hands its result to the GUI thread: detection, model files, recommendations.
 * A job runs on the tracker's own thread pool through QtConcurrent::run; a QFutureWatcher owned by the context
 * object delivers its result there. Every job gets a generation number: with Policy::Latest, a newer request
 * supersedes the older ones (at most one runs, the newest waits for it, and a stale result is dropped), with
 * Policy::Every each result is delivered. cancelJobs() raises the cancel flag the running jobs were started with
 * (a job that reads files passes it to the readers, which stop at their next step), drops a waiting request and
 * drops the results of every job started before it. Destroying the tracker cancels, then waits for running jobs,
 * so a job may use members declared before the tracker; declare it last.
 */
class JobTracker
{
public:
    enum class Policy
    {
        Latest,
        Every
    };

    explicit JobTracker(QObject* context, Policy policy = Policy::Latest);
    ~JobTracker();
    Q_DISABLE_COPY_MOVE(JobTracker)

    /** Runs `job()` off the GUI thread, then `deliver(result)` on the context's thread unless superseded. */
    template <typename Job, typename Deliver> void startJob(Job job, Deliver deliver);

    /** Whether a job runs or waits to run. */
    bool isJobRunning() const { return m_running > 0 || m_pending; }
    /** Requests made so far; the result of the newest one is the one Policy::Latest delivers. */
    quint64 generation() const { return m_generation; }

    /** The flag cancelJobs() raises for the jobs started from now until then; a job captures it when started. */
    std::shared_ptr<const std::atomic<bool>> cancelFlag() const { return m_cancel; }
    /** Asks every running job to stop, drops the waiting request and the results of all jobs started so far. */
    void cancelJobs();

private:
    void jobDone();

    QObject* m_context;
    Policy m_policy;
    quint64 m_generation = 0;
    quint64 m_cancelledUpTo = 0; // results of jobs up to this generation are dropped
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::function<void()> m_pending;
    QThreadPool m_pool;
};

template <typename Job, typename Deliver> void JobTracker::startJob(Job job, Deliver deliver)
{
    using Result = std::invoke_result_t<Job&>;
    const quint64 generation = ++m_generation;
    auto start = [this, generation, job = std::move(job), deliver = std::move(deliver)]() mutable {
        auto* watcher = new QFutureWatcher<Result>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
            [this, watcher, generation, deliver = std::move(deliver)]() mutable {
                watcher->deleteLater();
                const bool current
                    = generation > m_cancelledUpTo && (m_policy == Policy::Every || generation == m_generation);
                --m_running;
                if (current)
                    deliver(watcher->result());
                jobDone();
            });
        ++m_running;
        watcher->setFuture(QtConcurrent::run(&m_pool, std::move(job)));
    };
    if (m_policy == Policy::Latest && m_running > 0) {
        m_pending = std::move(start); // replaces an older request that has not started
        return;
    }
    start();
}
