#include "core/lms/cmi5_launch.h"

#include <array>
#include <cctype>
#include <optional>

#include "core/lms/json_problem.h"
#include "core/lms/url_encoding.h"
#include "core/lms/uuid.h"

namespace warmline::lms {
namespace {

constexpr std::array<const char*, 5> kRequired = {"endpoint", "fetch", "actor", "registration", "activityId"};

// Values go into error messages; a pasted-in megabyte should not.
std::string quoted(std::string_view value) {
  constexpr std::size_t kShown = 80;
  if (value.size() <= kShown) return "\"" + std::string(value) + "\"";
  return "\"" + std::string(value.substr(0, kShown)) + "...\"";
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

bool has_blank_or_control(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return true;
  }
  return false;
}

bool is_http_url(std::string_view url) {
  std::size_t rest = 0;
  if (starts_with_ci(url, "https://")) {
    rest = 8;
  } else if (starts_with_ci(url, "http://")) {
    rest = 7;
  } else {
    return false;
  }
  // A host, however short, must follow the scheme.
  return url.size() > rest && url[rest] != '/' && url[rest] != '?' && url[rest] != '#' && !has_blank_or_control(url);
}

// scheme ":" rest, the scheme a letter then letters, digits, + - . (RFC 3986).
bool is_absolute_iri(std::string_view iri) {
  const std::size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == iri.size()) return false;
  if (!std::isalpha(static_cast<unsigned char>(iri[0]))) return false;
  for (std::size_t i = 1; i < colon; ++i) {
    const auto c = static_cast<unsigned char>(iri[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return !has_blank_or_control(iri);
}

struct Param {
  std::string name;
  std::optional<std::string> value;  // nullopt: a broken percent escape
};

std::vector<Param> split_query(std::string_view query) {
  if (!query.empty() && query.front() == '?') query.remove_prefix(1);
  query = query.substr(0, query.find('#'));
  std::vector<Param> params;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view part = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    if (part.empty()) continue;
    const std::size_t eq = part.find('=');
    const std::string_view raw_name = part.substr(0, eq);
    const std::string_view raw_value = eq == std::string_view::npos ? std::string_view{} : part.substr(eq + 1);
    params.push_back(Param{percent_decode(raw_name).value_or(std::string(raw_name)), percent_decode(raw_value)});
  }
  return params;
}

std::string* field(Cmi5Launch& launch, std::string_view name) {
  if (name == "endpoint") return &launch.endpoint;
  if (name == "fetch") return &launch.fetch;
  if (name == "actor") return &launch.actor_json;
  if (name == "registration") return &launch.registration;
  if (name == "activityId") return &launch.activity_id;
  return nullptr;
}

std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += "\"" + items[i] + "\"";
  }
  return out;
}

}  // namespace

std::string actor_problem(std::string_view actor_json) {
  rapidjson::Document doc;
  if (!parse_json(doc, actor_json)) return "is not valid JSON (" + json_parse_problem(doc, actor_json) + ")";
  if (!doc.IsObject()) return "is not a JSON object";
  if (const auto type = doc.FindMember("objectType"); type != doc.MemberEnd()) {
    if (!type->value.IsString() || std::string_view(type->value.GetString()) != "Agent") {
      return "has an objectType other than \"Agent\"; cmi5 launches a single learner";
    }
  }
  if (const auto account = doc.FindMember("account"); account != doc.MemberEnd()) {
    const rapidjson::Value* home = string_member(account->value, "homePage");
    const rapidjson::Value* name = string_member(account->value, "name");
    if (home == nullptr || name == nullptr || name->GetStringLength() == 0) {
      return "has an \"account\" without a string \"homePage\" and a non-empty \"name\"";
    }
    if (!is_absolute_iri(home->GetString())) return "has an account \"homePage\" that is not an absolute IRI";
    return {};
  }
  if (const rapidjson::Value* mbox = string_member(doc, "mbox")) {
    if (!starts_with_ci(mbox->GetString(), "mailto:") || mbox->GetStringLength() <= 7) {
      return "has an \"mbox\" that is not a mailto: address";
    }
    return {};
  }
  return "has neither an \"account\" {homePage, name} nor an \"mbox\" to say who the learner is";
}

ActorIdentity actor_identity(std::string_view actor_json) {
  ActorIdentity identity;
  if (!actor_problem(actor_json).empty()) return identity;
  rapidjson::Document doc;
  parse_json(doc, actor_json);
  if (const rapidjson::Value* name = string_member(doc, "name")) identity.name = name->GetString();
  if (const auto account = doc.FindMember("account"); account != doc.MemberEnd()) {
    identity.key = std::string("account:") + string_member(account->value, "homePage")->GetString() + "|" +
                   string_member(account->value, "name")->GetString();
  } else {
    identity.key = std::string("mbox:") + string_member(doc, "mbox")->GetString();
  }
  return identity;
}

Cmi5LaunchParse parse_cmi5_launch(std::string_view query) {
  Cmi5LaunchParse result;
  auto fail = [&](const std::string& message) {
    result.launch = Cmi5Launch{};
    result.error = "cmi5 launch: " + message;
    return result;
  };
  std::array<int, kRequired.size()> seen{};
  for (Param& p : split_query(query)) {
    std::string* target = field(result.launch, p.name);
    if (!p.value) return fail("\"" + p.name + "\" has a broken percent escape (a '%' not followed by two hex digits)");
    if (target == nullptr) {
      result.launch.other_params.emplace_back(std::move(p.name), std::move(*p.value));
      continue;
    }
    for (std::size_t i = 0; i < kRequired.size(); ++i) {
      if (p.name == kRequired[i] && ++seen[i] > 1) return fail("\"" + p.name + "\" is given more than once");
    }
    *target = std::move(*p.value);
  }
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < kRequired.size(); ++i) {
    if (seen[i] == 0) missing.emplace_back(kRequired[i]);
  }
  if (!missing.empty()) return fail("the launch URL has no " + and_list(missing));

  const Cmi5Launch& l = result.launch;
  if (!is_http_url(l.endpoint)) return fail("\"endpoint\" is not an http(s) URL: " + quoted(l.endpoint));
  if (!is_http_url(l.fetch)) return fail("\"fetch\" is not an http(s) URL: " + quoted(l.fetch));
  if (const std::string problem = actor_problem(l.actor_json); !problem.empty()) {
    return fail("\"actor\" " + problem);
  }
  if (!is_uuid(l.registration)) return fail("\"registration\" is not a UUID: " + quoted(l.registration));
  if (!is_absolute_iri(l.activity_id)) {
    return fail("\"activityId\" is not an absolute IRI: " + quoted(l.activity_id));
  }
  return result;
}

bool looks_like_cmi5_launch(std::string_view query) {
  bool endpoint = false, fetch = false, actor = false;
  for (const Param& p : split_query(query)) {
    endpoint = endpoint || p.name == "endpoint";
    fetch = fetch || p.name == "fetch";
    actor = actor || p.name == "actor";
  }
  return endpoint && fetch && actor;
}

std::string xapi_url(std::string_view endpoint, std::string_view resource) {
  while (!endpoint.empty() && endpoint.back() == '/') endpoint.remove_suffix(1);
  while (!resource.empty() && resource.front() == '/') resource.remove_prefix(1);
  return std::string(endpoint) + "/" + std::string(resource);
}

std::string launch_data_url(const Cmi5Launch& launch) {
  return xapi_url(launch.endpoint, "activities/state") + "?stateId=LMS.LaunchData&activityId=" +
         percent_encode(launch.activity_id) + "&agent=" + percent_encode(launch.actor_json) +
         "&registration=" + percent_encode(launch.registration);
}

}  // namespace warmline::lms
