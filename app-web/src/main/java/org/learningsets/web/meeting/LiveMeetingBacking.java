package org.learningsets.web.meeting;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.learningsets.ejb.confidentiality.ShownRecords;
import org.learningsets.ejb.meeting.LiveChange;
import org.learningsets.ejb.meeting.LiveMeetingChanges;
import org.learningsets.ejb.meeting.LiveMeetingChanges.Changed;
import org.learningsets.ejb.meeting.LiveMeetingService;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaChoice;
import org.learningsets.ejb.meeting.LiveMeetingViews.AgendaLine;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeeting;
import org.learningsets.ejb.meeting.LiveMeetingViews.LiveMeetingRead;
import org.learningsets.ejb.set.SetService;
import org.learningsets.model.common.NotFoundException;
import org.learningsets.model.meeting.AttendanceStatus;
import org.learningsets.model.meeting.MeetingStage;
import org.learningsets.model.meeting.RoundStep;
import org.learningsets.web.platform.Messages;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * The live meeting page, for whoever runs the meeting and for everyone following it. Every control is one service
 * call; after a change the page raises the meeting's change counter in the database, re-reads the meeting and tells
 * the set's other screens on this node through the Faces websocket (the message is the meeting's id, the sending
 * page's token and the counter, never content); they re-read it too. Screens on the other nodes of a cluster are told
 * by their node's LiveMeetingRelay, which reads the counter.
 */
@Named
@ViewScoped
public class LiveMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LiveMeetingBacking.class.getName());

    @EJB
    LiveMeetingService live;

    @EJB
    SetService sets;

    @EJB
    LiveMeetingChanges changes;

    @Inject
    LiveMeetingRelay relay;

    @Inject
    @Push(channel = "liveMeeting")
    PushContext followers;

    private String id;
    /**
     * The meeting as last read, with its confidential text decrypted: kept out of the session's copy in the data grid
     * (transient), so that a clustered node neither copies it at every request nor holds it for another node. On the
     * node that takes over a session it is read again, through the same gate, at its first use.
     */
    private transient LiveMeeting meeting;

    /** Whether this page has read the meeting: its copy is then missing only on a node that took the session over. */
    private boolean everRead;

    /**
     * The meeting was read again on this node, which took the session over: the screen shows what the stopped node
     * drew, not this copy, so the next re-read draws the whole page.
     */
    private transient boolean readAfterTakeOver;

    /** The round's step this page last showed: "Next" moves on from it, and is refused if the round has moved. */
    private RoundStep shownStep;

    /** Names this page in the messages it sends, so it does not re-read what it has just shown. */
    private final String viewToken = UUID.randomUUID().toString();

    /** The meeting's change counter when this page last read it: a higher one means reading it again. */
    private long readAt;

    /** The actions this page has shown its viewer: its re-reads of the same versions are not audited again. */
    private ShownRecords shown = ShownRecords.none();

    /** The agenda as the person running the meeting arranges it, before booking. */
    private final List<AgendaDraftLine> draft = new ArrayList<>();

    private boolean handOverAgreed;
    private boolean confirmingEarlyStart;
    private boolean confirmingReview;
    private String actionText;
    private LocalDate actionDue;

    public void load() {
        if (id == null) {
            throw new NotFoundException("No meeting was named; open it from your set's page.");
        }
        reload();
    }

    /**
     * Called when the websocket says the meeting changed on another screen, or after the socket dropped: re-reads it,
     * and draws again only the parts that changed where {@link LiveRegions} knows them (the remote command asks for
     * the whole form), the whole form where what the screen shows is not known ({@link #shownOnScreen()}).
     */
    public void refresh() {
        LiveMeeting shownBefore = shownOnScreen();
        reload();
        LiveRegions.toDraw(shownBefore, meeting).ifPresent(parts -> {
            Collection<String> render =
                    FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds();
            render.clear();
            render.addAll(parts);
        });
    }

    /** Starting before the meeting's day asks first: {@link #startEarly()} confirms, and the run records it. */
    public void start() {
        if (current().beforeItsDay()) {
            confirmingEarlyStart = true;
            return;
        }
        control(() -> live.start(id, false), "The meeting has started at check-in.");
        confirmingEarlyStart = !current().started() && current().beforeItsDay();
    }

    public void startEarly() {
        confirmingEarlyStart = false;
        control(
                () -> live.start(id, true),
                "The meeting has started at check-in, before its planned day; that is " + "recorded.");
    }

    public void cancelStart() {
        confirmingEarlyStart = false;
    }

    /** Going on to the process review with booked rounds still to come asks first. */
    public void toReview() {
        if (!current().roundsToCome().isEmpty()) {
            confirmingReview = true;
            return;
        }
        toStage(MeetingStage.PROCESS_REVIEW);
    }

    public void toReviewLeavingRounds() {
        confirmingReview = false;
        control(
                () -> live.moveTo(id, MeetingStage.PROCESS_REVIEW, true),
                "The meeting is held; everyone can now write their process review.");
    }

    public void cancelReview() {
        confirmingReview = false;
    }

    public void takeControls() {
        control(() -> live.takeControls(id), "You hold the controls for this meeting.");
    }

    /** The page names the status as a constant ('PRESENT'); EL turns it into the enum, or refuses an unknown one. */
    public void mark(String personId, AttendanceStatus status) {
        control(() -> live.recordAttendance(id, personId, status), null);
    }

    public void toStage(MeetingStage target) {
        control(
                () -> live.moveTo(id, target),
                target == MeetingStage.PROCESS_REVIEW
                        ? "The meeting is held; everyone can now write their process review."
                        : null);
    }

    public void moveUp(int index) {
        if (index > 0 && index < draft.size()) {
            Collections.swap(draft, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < draft.size() - 1) {
            Collections.swap(draft, index, index + 1);
        }
    }

    public void bookAgenda() {
        for (AgendaDraftLine line : draft) {
            if (line.isIncluded() && line.getMinutes() == null) {
                Messages.error("Give the minutes for \"" + line.getIssueTitle() + "\", or leave it off the agenda.");
                return;
            }
        }
        List<AgendaChoice> choices = draft.stream()
                .map(l -> new AgendaChoice(l.getBidId(), l.isIncluded(), l.isIncluded() ? l.getMinutes() : 0))
                .toList();
        control(
                () -> live.bookAgenda(id, choices),
                "The agenda is booked. Start the first round when the set is ready.");
    }

    public void startRound(String bidId) {
        control(() -> live.startRound(id, bidId), null);
    }

    public void nextStep() {
        if (shownStep == null) {
            Messages.error("No round is running: the page shows the meeting as it is now.");
            reload();
            return;
        }
        RoundStep from = shownStep;
        boolean last = from.next().isEmpty();
        control(
                () -> live.nextStep(id, from),
                last ? "The round has ended." : null,
                last ? LiveChange.MEETING : LiveChange.STEP);
    }

    public void endRound() {
        control(() -> live.endRound(id), "The round has ended.");
    }

    public void pause() {
        control(() -> live.pause(id), null, LiveChange.TIMER);
    }

    public void resume() {
        control(() -> live.resume(id), null, LiveChange.TIMER);
    }

    public void addMinute() {
        control(() -> live.addMinute(id), null, LiveChange.TIMER);
    }

    public void captureAction() {
        if (control(() -> live.captureAction(id, actionText, actionDue), "The action is captured.")) {
            actionText = null;
            actionDue = null;
        }
    }

    /** The facilitator steps back: from now on a member of the set runs its meetings. */
    public void makeSelfFacilitating() {
        if (!handOverAgreed) {
            Messages.error("Tick that the set has agreed to run its own meetings first.");
            return;
        }
        control(
                () -> sets.selfFacilitate(current().meeting().setId()),
                current().meeting().setName()
                        + " is now self-facilitating: its members take turns to hold the facilitator's role, on the "
                        + "rota.");
    }

    public void end() {
        control(() -> live.end(id), "The meeting has ended. Thank you.");
    }

    /**
     * Runs the change; on success raises the meeting's counter, re-reads the meeting and tells the other screens; on
     * a refusal shows why.
     */
    private boolean control(Runnable change, String done) {
        return control(change, done, LiveChange.MEETING);
    }

    /** As {@link #control(Runnable, String)}, for a change that touches only {@code touched}. */
    private boolean control(Runnable change, String done, LiveChange touched) {
        relay.changing(id);
        long revision = -1;
        try {
            boolean changed = Messages.attempt(change);
            Optional<Changed> announced = changed ? announce(touched) : Optional.empty();
            revision = announced.map(Changed::revision).orElse(-1L);
            reload();
            if (changed) {
                if (done != null) {
                    Messages.infoNow(done);
                }
                announced.ifPresent(c -> followers.send(LiveMeetingRelay.message(c, viewToken), meeting.audience()));
            }
            return changed;
        } finally {
            relay.changed(id, revision);
        }
    }

    /**
     * The change is made; if its counter cannot be raised (empty), no screen is told of it now and they show it with
     * the next change (a screen told of a number no read can reach would re-read for ever).
     */
    private Optional<Changed> announce(LiveChange touched) {
        try {
            return Optional.of(changes.announce(id, touched));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The live meeting's change counter was not raised; the other screens show the "
                            + "change with the next one",
                    e);
            return Optional.empty();
        }
    }

    private void reload() {
        LiveMeetingRead read = live.read(id, shown);
        readAt = read.revision();
        shown = read.shown();
        meeting = read.meeting();
        everRead = true;
        shownStep = meeting.round() == null ? null : meeting.round().running().step();
        if (meeting.atAgenda() && meeting.canControl()) {
            arrangeDraft();
        } else {
            draft.clear();
        }
    }

    /** Keeps the order and minutes being arranged; adds bids made meanwhile and drops withdrawn ones. */
    private void arrangeDraft() {
        List<AgendaLine> bids = meeting.agenda();
        draft.removeIf(d -> bids.stream().noneMatch(b -> b.bidId().equals(d.getBidId())));
        for (AgendaLine bid : bids) {
            if (draft.stream().noneMatch(d -> d.getBidId().equals(bid.bidId()))) {
                draft.add(new AgendaDraftLine(bid));
            }
        }
        draft.forEach(d -> bids.stream()
                .filter(b -> b.bidId().equals(d.getBidId()))
                .findFirst()
                .ifPresent(d::update));
    }

    public int getDraftMinutes() {
        return draft.stream()
                .filter(AgendaDraftLine::isIncluded)
                .mapToInt(d -> d.getMinutes() == null ? 0 : d.getMinutes())
                .sum();
    }

    public long getReadAt() {
        return readAt;
    }

    public String getViewToken() {
        return viewToken;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LiveMeeting getMeeting() {
        return current();
    }

    /** The meeting as last read; read again on a node that has just taken the session over. */
    private LiveMeeting current() {
        if (meeting == null && everRead) {
            reload();
            readAfterTakeOver = true;
        }
        return meeting;
    }

    /**
     * The meeting as this page's screen shows it, for a re-read to draw only what changed; null where not known: on a
     * node that took the session over, whose copy (read there at the request's first use, before the re-read) may
     * already hold the change the screen has not drawn. Asking clears that: the re-read that asks draws the whole page.
     */
    LiveMeeting shownOnScreen() {
        LiveMeeting shown = readAfterTakeOver ? null : meeting;
        readAfterTakeOver = false;
        return shown;
    }

    public List<AgendaDraftLine> getDraft() {
        return draft;
    }

    public boolean isConfirmingEarlyStart() {
        return confirmingEarlyStart;
    }

    public boolean isConfirmingReview() {
        return confirmingReview;
    }

    public boolean isHandOverAgreed() {
        return handOverAgreed;
    }

    public void setHandOverAgreed(boolean handOverAgreed) {
        this.handOverAgreed = handOverAgreed;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
