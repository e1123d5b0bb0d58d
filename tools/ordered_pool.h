// OrderedPool: runs jobs on N worker threads and hands their results back
// in submission order, with at most `max_in_flight` jobs alive at once, so
// memory stays bounded whatever the input size and the output is the same
// for any thread count.
//
//   OrderedPool<In, Out> pool(threads, in_flight, work);
//   pool.Submit(in);                  // blocks while max_in_flight are alive
//   while (auto out = pool.TryNext()) ...   // results ready, in order
//   pool.Finish(); while (auto out = pool.Next()) ...
#ifndef DYAD_TOOLS_ORDERED_POOL_H_
#define DYAD_TOOLS_ORDERED_POOL_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dyad::tools {

template <typename In, typename Out>
class OrderedPool {
 public:
  // `work` runs on the worker threads; it must be safe to call
  // concurrently (here: a const Pipeline and per-call state).
  OrderedPool(int threads, size_t max_in_flight, std::function<Out(In&)> work)
      : max_in_flight_(max_in_flight), work_(std::move(work)) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    job_ready_.notify_all();
    for (auto& t : workers_) t.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // True when Submit would block: max_in_flight jobs are queued, running
  // or waiting to be read. The caller must read a result (Next) first, or
  // a single-threaded caller that both submits and reads would deadlock.
  bool Full() {
    std::lock_guard<std::mutex> lock(mu_);
    return in_flight_ >= max_in_flight_;
  }

  // Queues a job; blocks while the pool is Full() (another thread must be
  // reading results for that to end).
  void Submit(In in) {
    std::unique_lock<std::mutex> lock(mu_);
    slot_free_.wait(lock, [this] { return in_flight_ < max_in_flight_; });
    ++in_flight_;
    jobs_.emplace_back(next_submit_++, std::move(in));
    job_ready_.notify_one();
  }

  // The next result in order if it is ready, else nullopt (never blocks).
  std::optional<Out> TryNext() {
    std::lock_guard<std::mutex> lock(mu_);
    return TakeLocked();
  }

  // The next result in order, waiting for it; nullopt once every submitted
  // job has been returned.
  std::optional<Out> Next() {
    std::unique_lock<std::mutex> lock(mu_);
    result_ready_.wait(lock, [this] { return done_.count(next_out_) || next_out_ == next_submit_; });
    return TakeLocked();
  }

  // Waits up to `ms` for the next result (for progress displays).
  std::optional<Out> NextFor(int ms) {
    std::unique_lock<std::mutex> lock(mu_);
    result_ready_.wait_for(lock, std::chrono::milliseconds(ms),
                           [this] { return done_.count(next_out_) > 0; });
    return TakeLocked();
  }

 private:
  std::optional<Out> TakeLocked() {
    auto it = done_.find(next_out_);
    if (it == done_.end()) return std::nullopt;
    Out out = std::move(it->second);
    done_.erase(it);
    ++next_out_;
    --in_flight_;
    slot_free_.notify_one();
    return out;
  }

  void Work() {
    while (true) {
      std::pair<uint64_t, In> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        job_ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;  // stopping
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      Out out = work_(job.second);
      {
        std::lock_guard<std::mutex> lock(mu_);
        done_.emplace(job.first, std::move(out));
      }
      result_ready_.notify_all();
    }
  }

  const size_t max_in_flight_;
  std::function<Out(In&)> work_;
  std::mutex mu_;
  std::condition_variable job_ready_, result_ready_, slot_free_;
  std::deque<std::pair<uint64_t, In>> jobs_;
  std::map<uint64_t, Out> done_;
  uint64_t next_submit_ = 0;
  uint64_t next_out_ = 0;
  size_t in_flight_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_ORDERED_POOL_H_
