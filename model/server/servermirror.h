#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Makes a document's stages, lanes, departments, personas, participants, cards, connections,
// comments, votes, title, description, currency, settings, agenda, business case and datasets equal to a
// journey the server holds (a shared session's journey), with one model
// signal per item that differs, so the open views update only what changed. It is a command
// so it may call the document's mutators, but it is never pushed: what others changed is not
// this person's to undo (docs/server.md). Survey and purchase data too (server schema 8), one
// dataset at a time.
class MirrorServerJourney : public JourneyCommand
{
public:
    MirrorServerJourney(JourneyDocument *document, const Journey &server);

    // Applies the differences; returns whether anything changed.
    bool apply();
    void redo() override { apply(); }
    void undo() override {}

private:
    // New and changed stages, lanes and departments before the cards (a card may be in a new
    // stage); removed ones after them (their cards go first, as in RemoveStage), then the order.
    template <typename T>
    void mirrorAddedAndChanged();
    template <typename T>
    void mirrorRemoved();
    template <typename T, typename Move>
    void mirrorOrder(Move move);
    void mirrorCards();
    void mirrorPlacements();
    void mirrorConnections();
    void mirrorComments();
    void mirrorVotes();
    // The journey's title, description, currency and settings; the agenda, opportunities and
    // scenarios, added, changed, removed and in order (server schema 7).
    void mirrorInfo();
    template <typename T>
    void mirrorList();
    // Survey and purchase data added, replaced and removed (server schema 8).
    void mirrorDatasets();

    const Journey &mServer;
    bool mChanged = false;
};

// Whether two versions of a card differ in anything but their cell.
bool cardFieldsDiffer(const Touchpoint &a, const Touchpoint &b);

} // namespace waymark
