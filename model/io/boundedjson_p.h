// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#pragma once

// Private to model/io: JSON parsed with a depth and a memory budget, so that a hostile file is refused early
// instead of expanding into gigabytes of nodes. Never include this from a public header.

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace Planner::detail {

struct JsonBudget
{
    int maxDepth = 64; // nesting of arrays and objects
    qint64 maxCost = 0; // estimated bytes the parsed nodes take (see boundedjson.cpp)
};

// What parsed nodes cost in memory, estimated from the layout of nlohmann::json on 64-bit platforms: a value
// (16 bytes, doubled for the growth slack of the array holding it), plus the heap blocks of strings, arrays and
// objects (each with allocator overhead), plus an object member's tree node and key. SAX handlers that keep
// their own form of a document charge what they skip at these rates, so every reader refuses the same files.
namespace JsonCost {
constexpr qint64 value = 32;
constexpr qint64 string = 48;
constexpr qint64 array = 40;
constexpr qint64 object = 64;
constexpr qint64 member = 96;
} // namespace JsonCost

// The reasons a bounded parse gives (without a file name).
QString jsonMalformedReason();
QString jsonTooDeepReason(int maxDepth);
QString jsonOverBudgetReason(qint64 maxCost);
QString jsonNotObjectReason();

// The usual budget for a document of `inputBytes`: a small multiple of its size plus a fixed allowance.
JsonBudget jsonBudget(qint64 inputBytes, int maxDepth);

// Parses `bytes` within `budget`. nullopt with `error` set to the reason (without a file name) when the text is
// not JSON or exceeds the budget; the parse stops at the first byte over it.
std::optional<nlohmann::json> parseBoundedJson(const QByteArray& bytes, const JsonBudget& budget, QString* error);

// Called for each member of a top-level object in turn; returns an error message to stop, or an empty string.
using JsonMemberFn = std::function<QString(const std::string& key, nlohmann::json&& value)>;

// Streams the members of a top-level object one at a time, so that only one member's nodes exist at once;
// the budget applies to each member. False with `error` when the text is not a JSON object, a member exceeds
// the budget, or `member` returns an error.
bool parseBoundedJsonMembers(
    const QByteArray& bytes, const JsonBudget& budget, const JsonMemberFn& member, QString* error);

} // namespace Planner::detail
