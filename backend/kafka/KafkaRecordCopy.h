#pragma once

#include "KafkaRecord.h"

#include <librdkafka/rdkafkacpp.h>

namespace outflow {

/// Copies a consumed message (payload, key, headers, timestamp) out of librdkafka's buffers.
KafkaRecord copyRecord(RdKafka::Message &message);

} // namespace outflow
