#include "swapcorpus.h"

#include "channelnames.h"
#include "dto.h"
#include "eventgenerator.h"
#include "eventrowbuilder.h"
#include "marketmodel.h"
#include "pusherprotocol.h"

#include <cstdio>
#include <cstdlib>

namespace shuriken::bench {

SwapCorpus makeSwapCorpus(int count, quint64 seed)
{
    SwapCorpus corpus;
    corpus.stream = QStringLiteral("svm.token.swaps");
    const StreamFilter filter {
        {QStringLiteral("tokenAddress"), QStringLiteral("So11111111111111111111111111111111111111112")}};
    const StreamCatalog catalog = StreamCatalog::builtIn();
    const StreamDescriptor *descriptor = catalog.find(corpus.stream);
    if (!descriptor) {
        std::fprintf(stderr, "the built-in catalog has no %s\n", qPrintable(corpus.stream));
        std::exit(1);
    }
    corpus.channel = sim::channelNameFor(*descriptor, filter, QStringLiteral("bench-user"));
    corpus.event = descriptor->event;

    sim::MarketModel market(seed);
    sim::GeneratorContext context;
    context.streamId = corpus.stream;
    context.filter = filter;
    context.seed = seed;
    sim::EventGenerator generator(context, &market);
    // A fixed start time so the corpus is the same on every run; 20 ms apart like a busy pool.
    const qint64 startMs = 1732363456000;
    corpus.frames.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray payload = generator.next(quint64(i) + 1, startMs + 20 * qint64(i));
        QByteArray frame = pusher::encodeChannelEvent(corpus.channel, corpus.event, payload);
        corpus.payloadBytes += payload.size();
        corpus.frameBytes += frame.size();
        corpus.frames.append(std::move(frame));
    }
    return corpus;
}

StreamEvent toStreamEvent(const pusher::ChannelEvent &frame, const QString &stream)
{
    thread_local EventRowBuilder builder;
    return StreamEvent::fromFrame(stream, frame.channel, frame.event, frame.payload, builder);
}

} // namespace shuriken::bench
