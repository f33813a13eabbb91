package org.madang.kiosk.ui.port;

import java.util.Objects;
import java.util.Optional;
import org.madang.device.pin.AdminPinHash;
import org.madang.device.token.TokenVerifier;
import org.madang.kiosk.checkin.CheckinDesk;
import org.madang.kiosk.survey.SurveyDesk;
import org.madang.kiosk.vote.Voting;

/**
 * Everything the touchscreen needs from the rest of the device, in one place so the launcher wires
 * real implementations or demo fakes (see {@code KioskWiring}).
 *
 * @param desk check-ins (verifies the member token, appends durably)
 * @param tokens verifies staff cards
 * @param events the events on offer
 * @param status device status for staff mode
 * @param adminPin the staff PIN's hash; empty when none is set (the PIN pad then says so)
 * @param tones outcome sounds
 * @param demo true when fakes stand in for the journal: the screen then says nothing is recorded
 * @param activeEvent where staff's choice of event survives a restart
 * @param voting polls, if this terminal takes votes ({@link Voting#NONE}: the welcome screen offers none)
 * @param surveys surveys residents answer ({@link SurveyDesk#NONE} when the device offers none)
 */
public record KioskServices(CheckinDesk desk, TokenVerifier tokens, EventCatalog events, DeviceStatusSource status,
        Optional<AdminPinHash> adminPin, ToneSignal tones, boolean demo, ActiveEventMemory activeEvent,
        Voting voting, SurveyDesk surveys) {

    /** Services without voting or surveys. */
    public KioskServices(CheckinDesk desk, TokenVerifier tokens, EventCatalog events, DeviceStatusSource status,
            Optional<AdminPinHash> adminPin, ToneSignal tones, boolean demo, ActiveEventMemory activeEvent) {
        this(desk, tokens, events, status, adminPin, tones, demo, activeEvent, Voting.NONE, SurveyDesk.NONE);
    }

    /** Services with voting and without surveys. */
    public KioskServices(CheckinDesk desk, TokenVerifier tokens, EventCatalog events, DeviceStatusSource status,
            Optional<AdminPinHash> adminPin, ToneSignal tones, boolean demo, ActiveEventMemory activeEvent,
            Voting voting) {
        this(desk, tokens, events, status, adminPin, tones, demo, activeEvent, voting, SurveyDesk.NONE);
    }

    /** The same services with voting. */
    public KioskServices withVoting(Voting withVoting) {
        return new KioskServices(desk, tokens, events, status, adminPin, tones, demo, activeEvent, withVoting, surveys);
    }

    /** These services with {@code surveyDesk} taking surveys. */
    public KioskServices withSurveys(SurveyDesk surveyDesk) {
        return new KioskServices(desk, tokens, events, status, adminPin, tones, demo, activeEvent, voting, surveyDesk);
    }

    /** Services whose choice of event is not kept across restarts. */
    public KioskServices(CheckinDesk desk, TokenVerifier tokens, EventCatalog events, DeviceStatusSource status,
            Optional<AdminPinHash> adminPin, ToneSignal tones, boolean demo) {
        this(desk, tokens, events, status, adminPin, tones, demo, ActiveEventMemory.NONE);
    }

    public KioskServices {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(adminPin, "adminPin");
        Objects.requireNonNull(tones, "tones");
        Objects.requireNonNull(activeEvent, "activeEvent");
        Objects.requireNonNull(surveys, "surveys");
        Objects.requireNonNull(voting, "voting");
    }
}
