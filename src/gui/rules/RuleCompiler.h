#pragma once

#include "classify/ClassifierFactory.h"

#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace rd::gui {

// The rules of a draft of the user rule file, compiled: the classifier (null when the draft
// was rejected) and every problem the rule parser found.
struct CompiledDraft
{
    quint64 generation = 0;
    std::shared_ptr<const Classifier> classifier;
    std::vector<RuleProblem> problems;
    qint64 elapsedUs = 0; // parsing the built-in files and the draft, compiling the matcher

    bool accepted() const { return classifier != nullptr; }
};

// Compiles drafts of the user rule file (with the built-in rules) on a thread of its own, so
// that typing in the rule editor never waits for Vectorscan. Only the newest request matters:
// one that is still waiting when a newer one comes is dropped.
class RuleCompiler : public QObject
{
    Q_OBJECT

public:
    explicit RuleCompiler(QObject* parent = nullptr);
    ~RuleCompiler() override; // waits for the compilation running, drops the one waiting

    // Where the built-in rules are read and what the draft is called in problems (the user
    // file's path); userText and extraFiles are ignored.
    void setSources(const RuleSources& sources);
    const RuleSources& sources() const { return m_sources; }

    // Queues `userText`; returns the generation that compiled() will carry.
    quint64 request(std::string userText);
    bool busy() const;

    // The same work on the caller's thread (Save checks the file with it).
    static CompiledDraft compile(const RuleSources& sources, const std::string& userText);

Q_SIGNALS:
    void compiled(std::shared_ptr<const rd::gui::CompiledDraft> result);

private:
    void run();

    RuleSources m_sources;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<std::pair<quint64, std::string>> m_pending;
    RuleSources m_pendingSources;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace rd::gui
