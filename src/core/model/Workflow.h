#pragma once

#include "model/Review.h"

#include <string>

namespace rd {

enum class ContactChannel
{
    Phone,
    MarketplaceMessage,
    Email,
    Other,
};

std::string_view toKey(ContactChannel channel);
std::optional<ContactChannel> contactChannelFromKey(std::string_view key);

// Where a review stands in the team's work, with the times the response report needs.
struct WorkflowState
{
    Status status = Status::New;
    std::string assignee;
    std::optional<Timestamp> firstResponseAt;
    std::optional<Timestamp> followUpAt;
    std::optional<Timestamp> resolvedAt;
    Timestamp statusChangedAt = 0;
    std::string appealOutcome; // "", "removed" or "kept"
};

struct StatusChange
{
    std::int64_t reviewId = 0;
    Status from = Status::New;
    Status to = Status::New;
    Timestamp at = 0;
    std::string by;
};

// One contact with the buyer: phone call, marketplace message, e-mail...
struct ContactEntry
{
    std::int64_t id = 0;
    std::int64_t reviewId = 0;
    ContactChannel channel = ContactChannel::Phone;
    Timestamp at = 0;
    std::string agent;
    std::string offered;     // what was offered: refund, reship, coupon...
    std::string buyerAnswer; // what the buyer said, and any promised date
    std::string note;
};

} // namespace rd
