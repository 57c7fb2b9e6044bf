#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Makes a document's cards, connections, comments and votes' dots equal to a journey the
// server holds (a shared session's journey), with one model signal per card, connection,
// comment or vote that differs, so the open views update only what changed. It is a command
// so it may call the document's mutators, but it is never pushed: what others changed is not
// this person's to undo (docs/server.md). Stages, lanes and the rest are not shared live yet
// and are left alone.
class MirrorServerJourney : public JourneyCommand
{
public:
    MirrorServerJourney(JourneyDocument *document, const Journey &server);

    // Applies the differences; returns whether anything changed.
    bool apply();
    void redo() override { apply(); }
    void undo() override {}

private:
    void mirrorCards();
    void mirrorPlacements();
    void mirrorConnections();
    void mirrorComments();
    void mirrorDots();

    const Journey &mServer;
    bool mChanged = false;
};

// Whether two versions of a card differ in anything but their cell.
bool cardFieldsDiffer(const Touchpoint &a, const Touchpoint &b);

} // namespace waymark
