#pragma once

#include "reports/IngestSession.h"

#include <QString>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace relay::core {

// A batch of compacted records and the checkpoint it completes.
struct IngestWork {
    IngestSession::Batch batch;
    QString checkpoint;
};

// The bounded hand-over between the thread that parses and the thread that
// writes: the parser waits when `capacity` batches are waiting, so memory
// stays bounded whatever the file size.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) { }

    // false once the writer abandoned the queue (it failed).
    bool push(IngestWork work)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_items.size() < m_capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_items.push_back(std::move(work));
        m_ready.notify_one();
        return true;
    }
    // nullopt once the parser closed the queue and it is empty.
    std::optional<IngestWork> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        IngestWork work = std::move(m_items.front());
        m_items.pop_front();
        m_space.notify_one();
        return work;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_all();
    }
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_items.clear();
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<IngestWork> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace relay::core
