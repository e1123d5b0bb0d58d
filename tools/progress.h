// Progress on stderr while `dyad code` runs: articles/s, sentences/s,
// events, elapsed and, when the input size is known, an ETA. Drawn only
// when stderr is a terminal (and not --quiet), at most four times a second;
// the summary line at the end is always printed.
#ifndef DYAD_TOOLS_PROGRESS_H_
#define DYAD_TOOLS_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>

namespace dyad::tools {

struct Counts {
  uint64_t articles = 0, sentences = 0, events = 0, errors = 0, skipped = 0, bytes = 0;
};

class Progress {
 public:
  explicit Progress(bool enabled);
  // Redraws if enough time passed. `done_bytes`/`total_bytes` give the ETA
  // (total 0 = unknown).
  void Update(const Counts& counts, uint64_t done_bytes, uint64_t total_bytes);
  // Clears the progress line and prints the summary.
  void Finish(const Counts& counts);
  double Seconds() const;

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_PROGRESS_H_
