#include "platform/http_client_native.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace warmline::platform {
namespace {

// An LRS answers in a few KB; a runaway body must not eat the kiosk's memory.
constexpr std::size_t kMaxBody = std::size_t{1} << 20;
constexpr std::size_t kMaxHeaders = 64 * 1024;
constexpr std::size_t kMaxError = 4 * 1024;

bool one_line(std::string_view v) {
  return v.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

bool header_name_ok(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (c <= ' ' || c == ':' || c == ';' || c == 0x7f) return false;  // ';' means something to curl
  return true;
}

// A value in curl's config syntax: inside quotes, a backslash escapes the
// next character.
std::string quoted(std::string_view v) {
  std::string out = "\"";
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    out += c;
  }
  return out + '"';
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Reads fd to its end, keeping the first `cap` bytes: the writer must not
// block on a full pipe because we stopped reading.
std::string read_capped(int fd, std::size_t cap) {
  std::string out;
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (out.size() < cap) out.append(buffer, std::min(static_cast<std::size_t>(n), cap - out.size()));
  }
  return out;
}

std::string read_file(const std::string& path, std::size_t cap) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  std::string text = read_capped(fd, cap);
  ::close(fd);
  return text;
}

bool write_file(const std::string& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  const bool ok = write_all(fd, data);
  return ::close(fd) == 0 && ok;
}

// A private directory (mode 0700) for one request's files, gone when this is.
class TempDir {
 public:
  TempDir() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/warmline-http-XXXXXX";
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempDir() {
    if (path_.empty()) return;
    for (const char* name : {"config", "body", "headers", "errors"}) ::unlink(file(name).c_str());
    ::rmdir(path_.c_str());
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  bool ok() const { return !path_.empty(); }
  std::string file(const char* name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

ui::HttpResponse failed(std::string error) {
  ui::HttpResponse r;
  r.error = std::move(error);
  return r;
}

}  // namespace

std::optional<std::string> curl_config(const ui::HttpRequest& request, const CurlOptions& options,
                                       const CurlFiles& files) {
  if (!one_line(request.url) || request.method.empty() || !header_name_ok(request.method))
    return std::nullopt;
  std::string config;
  const auto line = [&](std::string_view option, std::string_view value) {
    config.append(option).append(" = ").append(quoted(value)).append("\n");
  };
  line("url", request.url);
  line("request", request.method);
  for (const auto& [name, value] : request.headers) {
    if (!header_name_ok(name) || !one_line(value)) return std::nullopt;
    // curl drops a header given as "Name:" with nothing after it; "Name;" sends it empty.
    line("header", value.find_first_not_of(" \t") == std::string::npos ? name + ";" : name + ": " + value);
  }
  // curl would otherwise wait up to a second for "100 Continue" before
  // sending a large body.
  line("header", "Expect:");
  if (!request.body.empty() || request.method != "GET") line("data-binary", "@" + files.body);
  line("dump-header", files.headers);
  line("connect-timeout", std::to_string(options.connect_timeout_seconds));
  line("max-time", std::to_string(options.total_timeout_seconds));
  // Only the web: a file:// or other URL must not read local files. Not
  // following redirects is curl's default and stays so: an LRS should not
  // redirect a POST.
  line("proto", "=http,https");
  // Brackets and braces in a query are data, not curl's URL globbing.
  config += "globoff\nsilent\nshow-error\n";
  return config;
}

std::vector<std::string> curl_arguments(const CurlOptions& options, const std::string& config_path) {
  // --disable first: a ~/.curlrc must not change what the kiosk sends.
  return {options.program, "--disable", "--config", config_path};
}

ResponseHead parse_response_head(std::string_view dumped) {
  ResponseHead head;
  while (!dumped.empty()) {
    const auto end = dumped.find('\n');
    const std::string line = trimmed(dumped.substr(0, end));
    dumped = end == std::string_view::npos ? std::string_view{} : dumped.substr(end + 1);
    if (line.rfind("HTTP/", 0) == 0) {
      const auto space = line.find(' ');
      const int status = space == std::string::npos ? 0 : std::atoi(line.c_str() + space + 1);
      if (status >= 100 && status < 200) continue;  // interim: the real answer follows
      head = ResponseHead{status, std::nullopt};
    } else if (lower(line).rfind("retry-after:", 0) == 0) {
      // Seconds only; an HTTP-date would need the server's clock to agree with ours.
      const std::string value = trimmed(std::string_view(line).substr(12));
      if (!value.empty() && value.size() <= 9 && value.find_first_not_of("0123456789") == std::string::npos)
        head.retry_after_seconds = std::stod(value);
    }
  }
  return head;
}

CurlHttpClient::CurlHttpClient(std::function<void()> wake, CurlOptions options)
    : wake_(std::move(wake)), options_(std::move(options)) {}

CurlHttpClient::~CurlHttpClient() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    // Waiting out the request's timeout would freeze the app's exit.
    if (child_ > 0) ::kill(child_, SIGKILL);
  }
  wanted_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void CurlHttpClient::start(ui::HttpRequest request, Done done) {
  ++in_flight_;
  {
    std::lock_guard lock(mutex_);
    queue_.emplace_back(std::move(request), std::move(done));
    if (!worker_.joinable()) worker_ = std::thread(&CurlHttpClient::work, this);
  }
  wanted_.notify_one();
}

void CurlHttpClient::poll() {
  std::vector<std::pair<ui::HttpResponse, Done>> finished;
  {
    std::lock_guard lock(mutex_);
    finished.swap(finished_);
  }
  // Outside the lock: a callback may well start() the next request.
  for (auto& [response, done] : finished) {
    --in_flight_;
    if (done) done(std::move(response));
  }
}

void CurlHttpClient::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wanted_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    auto job = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    ui::HttpResponse response = run(job.first);
    lock.lock();
    if (stopping_) return;
    finished_.emplace_back(std::move(response), std::move(job.second));
    lock.unlock();
    if (wake_) wake_();
    lock.lock();
  }
}

struct CurlHttpClient::Ran {
  int spawn_error = 0;
  int wait_status = 0;
  std::string out;
};

ui::HttpResponse CurlHttpClient::run(const ui::HttpRequest& request) {
  const TempDir dir;
  if (!dir.ok()) return failed(std::string("cannot create a temporary directory: ") + std::strerror(errno));
  const CurlFiles files{dir.file("body"), dir.file("headers")};
  const auto config = curl_config(request, options_, files);
  if (!config) return failed("the request has a line break in its URL or a header, or a bad header name");
  if (!write_file(dir.file("config"), *config) || !write_file(files.body, request.body))
    return failed(std::string("cannot write a temporary file: ") + std::strerror(errno));

  Ran ran = run_curl(curl_arguments(options_, dir.file("config")), dir.file("errors"));
  if (ran.spawn_error == ENOENT)
    return failed(options_.program == "curl" ? "curl is not installed"
                                             : "curl is not installed (" + options_.program + ")");
  if (ran.spawn_error != 0)
    return failed("cannot run " + options_.program + ": " + std::strerror(ran.spawn_error));

  const ResponseHead head = parse_response_head(read_file(files.headers, kMaxHeaders));
  // A status means the server did answer, even if curl then failed (a
  // timeout halfway through the body): the status is what the caller acts on.
  if (head.status != 0) {
    ui::HttpResponse r;
    r.status = head.status;
    r.body = std::move(ran.out);
    r.retry_after_seconds = head.retry_after_seconds;
    return r;
  }
  std::string error = trimmed(read_file(dir.file("errors"), kMaxError));
  if (error.empty() && WIFSIGNALED(ran.wait_status))
    error = "curl was stopped by signal " + std::to_string(WTERMSIG(ran.wait_status));
  if (error.empty()) error = "curl exited with code " + std::to_string(WEXITSTATUS(ran.wait_status));
  return failed(std::move(error));
}

CurlHttpClient::Ran CurlHttpClient::run_curl(const std::vector<std::string>& argv,
                                             const std::string& error_path) {
  Ran ran;
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) {
    ran.spawn_error = errno;
    return ran;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, error_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  // The app's signal mask and an ignored SIGPIPE are the app's, not curl's.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_t pid = 0;
  {
    // Spawning under the lock: the destructor either sees the child or
    // stops us from starting it.
    std::lock_guard lock(mutex_);
    ran.spawn_error =
        stopping_ ? ECANCELED : posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
    if (ran.spawn_error == 0) child_ = pid;
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  ::close(out[1]);
  if (ran.spawn_error != 0) {
    ::close(out[0]);
    return ran;
  }
  ran.out = read_capped(out[0], kMaxBody);
  ::close(out[0]);

  // Wait without reaping first: until reaped the pid cannot be reused, so the
  // destructor's kill() can only ever reach our curl.
  siginfo_t info;
  while (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR) {
  }
  {
    std::lock_guard lock(mutex_);
    child_ = 0;
  }
  while (::waitpid(pid, &ran.wait_status, 0) < 0 && errno == EINTR) {
  }
  return ran;
}

}  // namespace warmline::platform
