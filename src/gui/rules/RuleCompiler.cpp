#include "rules/RuleCompiler.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace rd::gui {

RuleCompiler::RuleCompiler(QObject* parent) : QObject(parent), m_thread([this] { run(); }) {}

RuleCompiler::~RuleCompiler()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pending.reset();
    }
    m_wake.notify_all();
    m_thread.join();
}

void RuleCompiler::setSources(const RuleSources& sources)
{
    m_sources = sources;
    m_sources.userText.reset();
    m_sources.extraFiles.clear();
    m_sources.keepLastGood = false;
}

quint64 RuleCompiler::request(std::string userText)
{
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        generation = ++m_generation;
        m_pending.emplace(generation, std::move(userText));
        m_pendingSources = m_sources;
    }
    m_wake.notify_all();
    return generation;
}

bool RuleCompiler::busy() const
{
    std::lock_guard lock(m_mutex);
    return m_running || m_pending.has_value();
}

CompiledDraft RuleCompiler::compile(const RuleSources& sources, const std::string& userText)
{
    QElapsedTimer timer;
    timer.start();
    RuleSources draft = sources;
    draft.userText = userText;
    draft.keepLastGood = false;
    draft.extraFiles.clear();
    CompiledDraft result;
    try {
        ClassifierLoad load = ClassifierFactory::load(draft);
        result.problems = std::move(load.problems);
        // Problems of the built-in files are shown but do not block: the user cannot fix them.
        if (!load.rejected) {
            result.classifier = std::move(load.classifier);
        }
    } catch (const std::exception& e) {
        result.problems.push_back({sources.userFile, 0, 0, e.what(), false});
    }
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    return result;
}

void RuleCompiler::run()
{
    for (;;) {
        std::pair<quint64, std::string> job;
        RuleSources sources;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
            if (m_stop) {
                return;
            }
            job = std::move(*m_pending);
            m_pending.reset();
            sources = m_pendingSources;
            m_running = true;
        }
        auto result = std::make_shared<CompiledDraft>(compile(sources, job.second));
        result->generation = job.first;
        std::shared_ptr<const CompiledDraft> done = std::move(result);
        QMetaObject::invokeMethod(
            this, [this, done] { Q_EMIT compiled(done); }, Qt::QueuedConnection);
        std::lock_guard lock(m_mutex);
        m_running = false;
    }
}

} // namespace rd::gui
