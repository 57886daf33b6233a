/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment PartnerRelation on Company {\n    id\n    fitWithMe {\n      score\n      reasons {\n        code\n        message\n      }\n    }\n    meetingsWithMe {\n      pendingRequest {\n        id\n        direction\n        expiresAt\n        event {\n          id\n          title\n        }\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n': typeof types.PartnerRelationFragmentDoc;
  '\n  mutation RequestMeeting(\n    $toCompanyId: ID!\n    $eventId: ID\n    $message: String\n    $proposedSlots: [TimeRangeInput!]\n    $location: String\n  ) {\n    requestMeeting(\n      toCompanyId: $toCompanyId\n      eventId: $eventId\n      message: $message\n      proposedSlots: $proposedSlots\n      location: $location\n    ) {\n      id\n      status\n    }\n  }\n': typeof types.RequestMeetingDocument;
  '\n  query EventChoices {\n    events(upcoming: true) {\n      id\n      title\n      startsAt\n      timeZone\n    }\n  }\n': typeof types.EventChoicesDocument;
  '\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n          meetingId\n          meetingRequestId\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      meetingId\n      meetingRequestId\n    }\n  }\n': typeof types.NotificationAddedDocument;
  '\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n': typeof types.MarkReadDocument;
  '\n  mutation MarkAllRead {\n    markAllRead\n  }\n': typeof types.MarkAllReadDocument;
  '\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': typeof types.SignOutEverywhereDocument;
  '\n  query MyData {\n    myData\n  }\n': typeof types.MyDataDocument;
  '\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n': typeof types.DeleteMyAccountDocument;
  '\n  query MyAvailability {\n    myAvailability {\n      isSet\n      timeZone\n      weekly {\n        day\n        start\n        end\n      }\n      slots {\n        start\n        end\n      }\n    }\n  }\n': typeof types.MyAvailabilityDocument;
  '\n  mutation SetAvailability($slots: [TimeRangeInput!]!, $weekly: [WeeklyRangeInput!], $timeZone: String) {\n    setAvailability(slots: $slots, weekly: $weekly, timeZone: $timeZone) {\n      start\n      end\n    }\n  }\n': typeof types.SetAvailabilityDocument;
  '\n  query CompanyProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      province\n      city\n      website\n      languages\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      matchmakingOptIn\n      size {\n        code\n        label\n      }\n      stage {\n        code\n        label\n      }\n      sectors {\n        code\n        label\n      }\n      therapeuticAreas {\n        code\n        label\n      }\n      modalities {\n        code\n        label\n      }\n      offers {\n        code\n        label\n      }\n      seeks {\n        code\n        label\n      }\n      partnershipTypes {\n        code\n        label\n      }\n      memberships {\n        association\n        active\n      }\n      ...PartnerRelation\n    }\n  }\n': typeof types.CompanyProfileDocument;
  '\n  query Directory($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          name\n          province\n          city\n          languages\n          sectors {\n            code\n            label\n          }\n          therapeuticAreas {\n            code\n            label\n          }\n          ...PartnerRelation\n        }\n      }\n    }\n  }\n': typeof types.DirectoryDocument;
  '\n  fragment EventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    venue\n    organizers\n    capacity\n    registeredCount\n    waitlistCount\n    registrationOpen\n    priceForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      price {\n        amountCents\n        taxCents\n        currency\n        tier\n      }\n    }\n  }\n': typeof types.EventFieldsFragmentDoc;
  '\n  query Events($upcoming: Boolean) {\n    events(upcoming: $upcoming) {\n      ...EventFields\n    }\n  }\n': typeof types.EventsDocument;
  '\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n': typeof types.EventDetailDocument;
  '\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n': typeof types.RegisterForEventDocument;
  '\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n    }\n  }\n': typeof types.CancelRegistrationDocument;
  '\n  query EventWishPartners($eventId: ID!) {\n    eventWishPartners(eventId: $eventId) {\n      requestStatus\n      wish\n      partner {\n        id\n        name\n      }\n    }\n  }\n': typeof types.EventWishPartnersDocument;
  '\n  mutation SetEventWish($eventId: ID!, $partnerId: ID!, $wish: MeetingWish) {\n    setEventWish(eventId: $eventId, partnerId: $partnerId, wish: $wish) {\n      wish\n      partner {\n        id\n      }\n    }\n  }\n': typeof types.SetEventWishDocument;
  '\n  query EventAgenda($id: ID!) {\n    event(id: $id) {\n      id\n      timeZone\n      partneringSession {\n        slotMinutes\n        tables\n        days {\n          date\n          start\n          end\n          breaks {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n': typeof types.EventAgendaDocument;
  '\n  query EventAttendees($id: ID!) {\n    event(id: $id) {\n      id\n      attendees {\n        name\n        province\n        city\n        languages\n        sectors {\n          code\n          label\n        }\n        therapeuticAreas {\n          code\n          label\n        }\n        ...PartnerRelation\n      }\n    }\n  }\n': typeof types.EventAttendeesDocument;
  '\n  query MyEventMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      table\n      location\n      event {\n        id\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MyEventMeetingsDocument;
  '\n  query MeetingRequests(\n    $first: Int\n    $after: String\n    $status: MeetingRequestStatus\n    $direction: MeetingRequestDirection\n    $orderBy: MeetingRequestOrder\n  ) {\n    meetingRequests(first: $first, after: $after, status: $status, direction: $direction, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          direction\n          message\n          location\n          reason\n          createdAt\n          expiresAt\n          fit\n          fitReasons {\n            code\n            message\n          }\n          fromCompany {\n            id\n            name\n          }\n          toCompany {\n            id\n            name\n          }\n          requester {\n            id\n            name\n          }\n          event {\n            id\n            title\n          }\n          proposedSlots {\n            start\n            end\n          }\n          meeting {\n            id\n            start\n            end\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.MeetingRequestsDocument;
  '\n  mutation DeclineMeetingRequests($ids: [ID!]!, $reason: String) {\n    declineMeetingRequests(ids: $ids, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n': typeof types.DeclineMeetingRequestsDocument;
  '\n  mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!, $slot: TimeRangeInput, $reason: String) {\n    respondToMeetingRequest(id: $id, accept: $accept, slot: $slot, reason: $reason) {\n      id\n      status\n      meeting {\n        id\n        start\n        end\n        status\n      }\n    }\n  }\n': typeof types.RespondToMeetingRequestDocument;
  '\n  mutation CancelMeetingRequest($id: ID!, $reason: String) {\n    cancelMeetingRequest(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n': typeof types.CancelMeetingRequestDocument;
  '\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n': typeof types.CalendarFeedDocument;
  '\n  mutation ResetCalendarFeed {\n    resetCalendarFeedUrl\n  }\n': typeof types.ResetCalendarFeedDocument;
  '\n  query UpcomingMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      location\n      table\n      icsUrl\n      event {\n        id\n        title\n      }\n      companies {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      pendingReschedule {\n        id\n        message\n        canAnswer\n        slots {\n          start\n          end\n        }\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.UpcomingMeetingsDocument;
  '\n  mutation ProposeMeetingReschedule($meetingId: ID!, $slots: [TimeRangeInput!]!, $message: String) {\n    proposeMeetingReschedule(meetingId: $meetingId, slots: $slots, message: $message) {\n      id\n    }\n  }\n': typeof types.ProposeMeetingRescheduleDocument;
  '\n  mutation RespondToMeetingReschedule($id: ID!, $accept: Boolean!, $slot: TimeRangeInput) {\n    respondToMeetingReschedule(id: $id, accept: $accept, slot: $slot) {\n      id\n      start\n      end\n    }\n  }\n': typeof types.RespondToMeetingRescheduleDocument;
  '\n  mutation WithdrawMeetingReschedule($meetingId: ID!) {\n    withdrawMeetingReschedule(meetingId: $meetingId) {\n      id\n    }\n  }\n': typeof types.WithdrawMeetingRescheduleDocument;
  '\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n': typeof types.CancelMeetingDocument;
  '\n  fragment MissionFields on TradeMission {\n    id\n    title\n    description\n    organizer\n    hostProvince\n    city\n    startsAt\n    endsAt\n    timeZone\n    applicationDeadline\n    delegationSize\n    meetingMinutes\n    status\n    applicationsCount\n    sectors {\n      code\n      label\n    }\n    feeForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myApplication {\n      id\n      role\n      status\n      objectives\n      createdAt\n    }\n  }\n': typeof types.MissionFieldsFragmentDoc;
  '\n  query TradeMissions {\n    tradeMissions {\n      ...MissionFields\n    }\n  }\n': typeof types.TradeMissionsDocument;
  '\n  query TradeMissionDetail($id: ID!) {\n    tradeMission(id: $id) {\n      ...MissionFields\n    }\n  }\n': typeof types.TradeMissionDetailDocument;
  '\n  mutation ApplyToTradeMission($missionId: ID!, $role: MissionRole!, $objectives: String!) {\n    applyToTradeMission(missionId: $missionId, role: $role, objectives: $objectives) {\n      id\n      status\n    }\n  }\n': typeof types.ApplyToTradeMissionDocument;
  '\n  mutation WithdrawMissionApplication($id: ID!) {\n    withdrawMissionApplication(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.WithdrawMissionApplicationDocument;
  '\n  query MissionAgenda($missionId: ID!, $companyId: ID) {\n    missionAgenda(missionId: $missionId, companyId: $companyId) {\n      calendarUrl\n      company {\n        id\n        name\n      }\n      meetings {\n        id\n        start\n        end\n        status\n        location\n        icsUrl\n        companies {\n          id\n          name\n          province\n          description\n        }\n        participants {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MissionAgendaDocument;
  '\n  query MissionPreferences($missionId: ID!) {\n    missionPreferences(missionId: $missionId) {\n      choices {\n        id\n        name\n        province\n      }\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n': typeof types.MissionPreferencesDocument;
  '\n  mutation SetMissionPreferences($missionId: ID!, $mustMeet: [ID!]!, $avoid: [ID!]!) {\n    setMissionPreferences(missionId: $missionId, mustMeet: $mustMeet, avoid: $avoid) {\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n': typeof types.SetMissionPreferencesDocument;
  '\n  query EditableProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      city\n      website\n      languages\n      matchmakingOptIn\n      matchmakingConsentAt\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      size {\n        code\n      }\n      stage {\n        code\n      }\n      sectors {\n        code\n      }\n      therapeuticAreas {\n        code\n      }\n      modalities {\n        code\n      }\n      offers {\n        code\n      }\n      seeks {\n        code\n      }\n      partnershipTypes {\n        code\n      }\n    }\n  }\n': typeof types.EditableProfileDocument;
  '\n  mutation UpdateCompanyProfile($companyId: ID, $input: CompanyProfileInput!) {\n    updateCompanyProfile(companyId: $companyId, input: $input) {\n      id\n      name\n      matchmakingOptIn\n      matchmakingConsentAt\n    }\n  }\n': typeof types.UpdateCompanyProfileDocument;
  '\n  fragment EventCandidateFields on EventCandidate {\n    score\n    curation\n    curatedBy\n    note\n    introduced\n    hasMeeting\n    requestStatus\n    companyWish\n    partnerWish\n    reasons {\n      code\n      message\n    }\n    company {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n': typeof types.EventCandidateFieldsFragmentDoc;
  '\n  query EventCandidates($eventId: ID!, $companyId: ID) {\n    eventCandidates(eventId: $eventId, companyId: $companyId, first: 100) {\n      ...EventCandidateFields\n    }\n  }\n': typeof types.EventCandidatesDocument;
  '\n  mutation CurateEventMatch(\n    $eventId: ID!\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n  ) {\n    curateEventMatch(\n      eventId: $eventId\n      companyId: $companyId\n      partnerId: $partnerId\n      status: $status\n      note: $note\n    ) {\n      ...EventCandidateFields\n    }\n  }\n': typeof types.CurateEventMatchDocument;
  '\n  mutation SendEventIntroductions($eventId: ID!, $introductions: [IntroductionInput!]!) {\n    sendEventIntroductions(eventId: $eventId, introductions: $introductions) {\n      ...EventCandidateFields\n    }\n  }\n': typeof types.SendEventIntroductionsDocument;
  '\n  query StaffEvents {\n    events(upcoming: false) {\n      ...EventFields\n    }\n  }\n': typeof types.StaffEventsDocument;
  '\n  fragment EventSettings on Event {\n    ...EventFields\n    titleFr\n    titleEn\n    descriptionFr\n    descriptionEn\n    province\n    registrationOpensAt\n    registrationClosesAt\n    prices {\n      memberPriceCents\n      partnerMemberPriceCents\n      nonMemberPriceCents\n    }\n    partneringSession {\n      slotMinutes\n      tables\n      days {\n        date\n        start\n        end\n        breaks {\n          start\n          end\n        }\n      }\n    }\n  }\n': typeof types.EventSettingsFragmentDoc;
  '\n  query EventSettings($id: ID!) {\n    event(id: $id) {\n      ...EventSettings\n    }\n  }\n': typeof types.EventSettingsDocument;
  '\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventSettings\n    }\n  }\n': typeof types.CreateEventDocument;
  '\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventSettings\n    }\n  }\n': typeof types.UpdateEventDocument;
  '\n  query EventCuration($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n      registrations {\n        id\n        status\n        waitlistPosition\n        user {\n          id\n          name\n        }\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n    eventDemand(eventId: $id) {\n      requests\n      pendingRequests\n      meetings\n      crossBorderMeetings\n      acceptedWithoutMeeting\n      companiesWithoutMeeting {\n        id\n        name\n      }\n      companies {\n        attending\n        requestsSent\n        requestsReceived\n        accepted\n        meetings\n        unanswered\n        awaitingReply\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n': typeof types.EventCurationDocument;
  '\n  fragment ScheduleResultFields on ScheduleResult {\n    runId\n    status\n    publish\n    error\n    placed\n    unplaced\n    kept\n    tables\n    lowerBoundUnplaced\n    millis\n    grid {\n      tablesUsed\n      tablesFree\n      slot {\n        id\n        start\n        end\n      }\n      placements {\n        table\n        fixed\n        companies {\n          id\n          name\n        }\n      }\n    }\n    unplacedMeetings {\n      reason\n      message\n      request {\n        id\n        fromCompany {\n          id\n          name\n        }\n        toCompany {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ScheduleResultFieldsFragmentDoc;
  '\n  mutation ScheduleEventMeetings($eventId: ID!, $publish: Boolean) {\n    scheduleEventMeetings(eventId: $eventId, publish: $publish) {\n      ...ScheduleResultFields\n    }\n  }\n': typeof types.ScheduleEventMeetingsDocument;
  '\n  query ScheduleRun($id: ID!) {\n    scheduleRun(id: $id) {\n      ...ScheduleResultFields\n    }\n  }\n': typeof types.ScheduleRunDocument;
  '\n  query MissionApplications($missionId: ID!) {\n    missionApplications(missionId: $missionId) {\n      id\n      role\n      status\n      objectives\n      marketFit\n      strongMatches\n      feePaidAt\n      company {\n        id\n        name\n        province\n      }\n    }\n  }\n': typeof types.MissionApplicationsDocument;
  '\n  mutation DecideMissionApplication($id: ID!, $status: MissionApplicationStatus!) {\n    decideMissionApplication(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n': typeof types.DecideMissionApplicationDocument;
  '\n  mutation SetTradeMissionStatus($id: ID!, $status: TradeMissionStatus!) {\n    setTradeMissionStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n': typeof types.SetTradeMissionStatusDocument;
  '\n  mutation RecordMissionFeePaid($applicationId: ID!, $paid: Boolean!) {\n    recordMissionFeePaid(applicationId: $applicationId, paid: $paid) {\n      id\n      feePaidAt\n    }\n  }\n': typeof types.RecordMissionFeePaidDocument;
  '\n  mutation ArrangeMissionMeetings($missionId: ID!, $publish: Boolean!) {\n    arrangeMissionMeetings(missionId: $missionId, publish: $publish) {\n      placed\n      unplacedMustMeets\n      unplacedReasons\n      millis\n      delegatesBelowTarget {\n        id\n        name\n      }\n      pairings {\n        start\n        end\n        fit\n        mustMeet\n        kept\n        delegate {\n          id\n          name\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ArrangeMissionMeetingsDocument;
  '\n  query MissionReport($missionId: ID!) {\n    missionReport(missionId: $missionId) {\n      delegates\n      hosts\n      meetingsArranged\n      meetingsHeld\n      noShows\n      followUpsPlanned\n      partnershipsDiscussed\n      stages {\n        stage\n        meetings\n      }\n      delegateLines {\n        feeCents\n        feePaidAt\n        meetingsHeld\n        stages\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MissionReportDocument;
  '\n  query PartnershipReport($from: String, $to: String) {\n    partnershipReport(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        period\n        province\n        sector {\n          code\n          label\n        }\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        partnershipsDiscussed\n        noShows\n      }\n      byProvince {\n        period\n        province\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        noShows\n      }\n    }\n  }\n': typeof types.PartnershipReportDocument;
  '\n  query StaffCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          name\n          province\n          city\n          matchmakingOptIn\n          sectors {\n            code\n            label\n          }\n          memberships {\n            association\n            active\n          }\n        }\n      }\n    }\n  }\n': typeof types.StaffCompaniesDocument;
  '\n  mutation CurateMatch(\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n    $mirror: Boolean\n  ) {\n    curateMatch(companyId: $companyId, partnerId: $partnerId, status: $status, note: $note, mirror: $mirror) {\n      curation\n      curatedBy\n      curationNote\n      partner {\n        id\n      }\n    }\n  }\n': typeof types.CurateMatchDocument;
  '\n  mutation ImportCompanies($document: JSON!, $dryRun: Boolean) {\n    importCompanies(document: $document, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n': typeof types.ImportCompaniesDocument;
  '\n  mutation ImportSpreadsheet($format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {\n    importSpreadsheet(format: $format, content: $content, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n': typeof types.ImportSpreadsheetDocument;
  '\n  fragment ImportOutcome on ImportResult {\n    dryRun\n    companies\n    created\n    updated\n    unchanged\n    invited\n    lines {\n      externalId\n      name\n      row\n      isNew\n    }\n  }\n': typeof types.ImportOutcomeFragmentDoc;
  '\n  mutation RescoreAll {\n    rescoreAll {\n      id\n      status\n    }\n  }\n': typeof types.RescoreAllDocument;
  '\n  fragment MatchingRunFields on MatchingRun {\n    id\n    status\n    companiesScored\n    companiesTotal\n    pairsScored\n    modelVersion\n    startedAt\n    finishedAt\n    error\n  }\n': typeof types.MatchingRunFieldsFragmentDoc;
  '\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n': typeof types.MatchingRunProgressDocument;
  '\n  query RecentMatchingRuns {\n    matchingRuns(last: 5) {\n      ...MatchingRunFields\n    }\n  }\n': typeof types.RecentMatchingRunsDocument;
  '\n  query SuggestedPartners(\n    $companyId: ID\n    $first: Int\n    $after: String\n    $filter: SuggestionFilter\n    $includeHidden: Boolean\n  ) {\n    suggestedConnections(\n      companyId: $companyId\n      first: $first\n      after: $after\n      filter: $filter\n      includeHidden: $includeHidden\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          curation\n          curatedBy\n          curationNote\n          reasons {\n            code\n            message\n          }\n          partner {\n            id\n            name\n            province\n            city\n            languages\n            sectors {\n              code\n              label\n            }\n            therapeuticAreas {\n              code\n              label\n            }\n            offers {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.SuggestedPartnersDocument;
  '\n  query MeetingsWithPartners($companyIds: [ID!]!) {\n    meetingsWithCompanies(companyIds: $companyIds) {\n      companyId\n      pendingRequest {\n        id\n        direction\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n': typeof types.MeetingsWithPartnersDocument;
  '\n  mutation DismissSuggestion($partnerId: ID!, $reason: String) {\n    dismissSuggestion(partnerId: $partnerId, reason: $reason)\n  }\n': typeof types.DismissSuggestionDocument;
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    association\n    company {\n      id\n      name\n      province\n    }\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n': typeof types.UpdateMeDocument;
  '\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n': typeof types.SignOutDocument;
};
const documents: Documents = {
  '\n  fragment PartnerRelation on Company {\n    id\n    fitWithMe {\n      score\n      reasons {\n        code\n        message\n      }\n    }\n    meetingsWithMe {\n      pendingRequest {\n        id\n        direction\n        expiresAt\n        event {\n          id\n          title\n        }\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n':
    types.PartnerRelationFragmentDoc,
  '\n  mutation RequestMeeting(\n    $toCompanyId: ID!\n    $eventId: ID\n    $message: String\n    $proposedSlots: [TimeRangeInput!]\n    $location: String\n  ) {\n    requestMeeting(\n      toCompanyId: $toCompanyId\n      eventId: $eventId\n      message: $message\n      proposedSlots: $proposedSlots\n      location: $location\n    ) {\n      id\n      status\n    }\n  }\n':
    types.RequestMeetingDocument,
  '\n  query EventChoices {\n    events(upcoming: true) {\n      id\n      title\n      startsAt\n      timeZone\n    }\n  }\n':
    types.EventChoicesDocument,
  '\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n          meetingId\n          meetingRequestId\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      meetingId\n      meetingRequestId\n    }\n  }\n':
    types.NotificationAddedDocument,
  '\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n':
    types.MarkReadDocument,
  '\n  mutation MarkAllRead {\n    markAllRead\n  }\n': types.MarkAllReadDocument,
  '\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': types.SignOutEverywhereDocument,
  '\n  query MyData {\n    myData\n  }\n': types.MyDataDocument,
  '\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n': types.DeleteMyAccountDocument,
  '\n  query MyAvailability {\n    myAvailability {\n      isSet\n      timeZone\n      weekly {\n        day\n        start\n        end\n      }\n      slots {\n        start\n        end\n      }\n    }\n  }\n':
    types.MyAvailabilityDocument,
  '\n  mutation SetAvailability($slots: [TimeRangeInput!]!, $weekly: [WeeklyRangeInput!], $timeZone: String) {\n    setAvailability(slots: $slots, weekly: $weekly, timeZone: $timeZone) {\n      start\n      end\n    }\n  }\n':
    types.SetAvailabilityDocument,
  '\n  query CompanyProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      province\n      city\n      website\n      languages\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      matchmakingOptIn\n      size {\n        code\n        label\n      }\n      stage {\n        code\n        label\n      }\n      sectors {\n        code\n        label\n      }\n      therapeuticAreas {\n        code\n        label\n      }\n      modalities {\n        code\n        label\n      }\n      offers {\n        code\n        label\n      }\n      seeks {\n        code\n        label\n      }\n      partnershipTypes {\n        code\n        label\n      }\n      memberships {\n        association\n        active\n      }\n      ...PartnerRelation\n    }\n  }\n':
    types.CompanyProfileDocument,
  '\n  query Directory($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          name\n          province\n          city\n          languages\n          sectors {\n            code\n            label\n          }\n          therapeuticAreas {\n            code\n            label\n          }\n          ...PartnerRelation\n        }\n      }\n    }\n  }\n':
    types.DirectoryDocument,
  '\n  fragment EventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    venue\n    organizers\n    capacity\n    registeredCount\n    waitlistCount\n    registrationOpen\n    priceForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      price {\n        amountCents\n        taxCents\n        currency\n        tier\n      }\n    }\n  }\n':
    types.EventFieldsFragmentDoc,
  '\n  query Events($upcoming: Boolean) {\n    events(upcoming: $upcoming) {\n      ...EventFields\n    }\n  }\n':
    types.EventsDocument,
  '\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n':
    types.EventDetailDocument,
  '\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n':
    types.RegisterForEventDocument,
  '\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n    }\n  }\n':
    types.CancelRegistrationDocument,
  '\n  query EventWishPartners($eventId: ID!) {\n    eventWishPartners(eventId: $eventId) {\n      requestStatus\n      wish\n      partner {\n        id\n        name\n      }\n    }\n  }\n':
    types.EventWishPartnersDocument,
  '\n  mutation SetEventWish($eventId: ID!, $partnerId: ID!, $wish: MeetingWish) {\n    setEventWish(eventId: $eventId, partnerId: $partnerId, wish: $wish) {\n      wish\n      partner {\n        id\n      }\n    }\n  }\n':
    types.SetEventWishDocument,
  '\n  query EventAgenda($id: ID!) {\n    event(id: $id) {\n      id\n      timeZone\n      partneringSession {\n        slotMinutes\n        tables\n        days {\n          date\n          start\n          end\n          breaks {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n':
    types.EventAgendaDocument,
  '\n  query EventAttendees($id: ID!) {\n    event(id: $id) {\n      id\n      attendees {\n        name\n        province\n        city\n        languages\n        sectors {\n          code\n          label\n        }\n        therapeuticAreas {\n          code\n          label\n        }\n        ...PartnerRelation\n      }\n    }\n  }\n':
    types.EventAttendeesDocument,
  '\n  query MyEventMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      table\n      location\n      event {\n        id\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n':
    types.MyEventMeetingsDocument,
  '\n  query MeetingRequests(\n    $first: Int\n    $after: String\n    $status: MeetingRequestStatus\n    $direction: MeetingRequestDirection\n    $orderBy: MeetingRequestOrder\n  ) {\n    meetingRequests(first: $first, after: $after, status: $status, direction: $direction, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          direction\n          message\n          location\n          reason\n          createdAt\n          expiresAt\n          fit\n          fitReasons {\n            code\n            message\n          }\n          fromCompany {\n            id\n            name\n          }\n          toCompany {\n            id\n            name\n          }\n          requester {\n            id\n            name\n          }\n          event {\n            id\n            title\n          }\n          proposedSlots {\n            start\n            end\n          }\n          meeting {\n            id\n            start\n            end\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.MeetingRequestsDocument,
  '\n  mutation DeclineMeetingRequests($ids: [ID!]!, $reason: String) {\n    declineMeetingRequests(ids: $ids, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n':
    types.DeclineMeetingRequestsDocument,
  '\n  mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!, $slot: TimeRangeInput, $reason: String) {\n    respondToMeetingRequest(id: $id, accept: $accept, slot: $slot, reason: $reason) {\n      id\n      status\n      meeting {\n        id\n        start\n        end\n        status\n      }\n    }\n  }\n':
    types.RespondToMeetingRequestDocument,
  '\n  mutation CancelMeetingRequest($id: ID!, $reason: String) {\n    cancelMeetingRequest(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n':
    types.CancelMeetingRequestDocument,
  '\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n':
    types.CalendarFeedDocument,
  '\n  mutation ResetCalendarFeed {\n    resetCalendarFeedUrl\n  }\n': types.ResetCalendarFeedDocument,
  '\n  query UpcomingMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      location\n      table\n      icsUrl\n      event {\n        id\n        title\n      }\n      companies {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      pendingReschedule {\n        id\n        message\n        canAnswer\n        slots {\n          start\n          end\n        }\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.UpcomingMeetingsDocument,
  '\n  mutation ProposeMeetingReschedule($meetingId: ID!, $slots: [TimeRangeInput!]!, $message: String) {\n    proposeMeetingReschedule(meetingId: $meetingId, slots: $slots, message: $message) {\n      id\n    }\n  }\n':
    types.ProposeMeetingRescheduleDocument,
  '\n  mutation RespondToMeetingReschedule($id: ID!, $accept: Boolean!, $slot: TimeRangeInput) {\n    respondToMeetingReschedule(id: $id, accept: $accept, slot: $slot) {\n      id\n      start\n      end\n    }\n  }\n':
    types.RespondToMeetingRescheduleDocument,
  '\n  mutation WithdrawMeetingReschedule($meetingId: ID!) {\n    withdrawMeetingReschedule(meetingId: $meetingId) {\n      id\n    }\n  }\n':
    types.WithdrawMeetingRescheduleDocument,
  '\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n':
    types.CancelMeetingDocument,
  '\n  fragment MissionFields on TradeMission {\n    id\n    title\n    description\n    organizer\n    hostProvince\n    city\n    startsAt\n    endsAt\n    timeZone\n    applicationDeadline\n    delegationSize\n    meetingMinutes\n    status\n    applicationsCount\n    sectors {\n      code\n      label\n    }\n    feeForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myApplication {\n      id\n      role\n      status\n      objectives\n      createdAt\n    }\n  }\n':
    types.MissionFieldsFragmentDoc,
  '\n  query TradeMissions {\n    tradeMissions {\n      ...MissionFields\n    }\n  }\n':
    types.TradeMissionsDocument,
  '\n  query TradeMissionDetail($id: ID!) {\n    tradeMission(id: $id) {\n      ...MissionFields\n    }\n  }\n':
    types.TradeMissionDetailDocument,
  '\n  mutation ApplyToTradeMission($missionId: ID!, $role: MissionRole!, $objectives: String!) {\n    applyToTradeMission(missionId: $missionId, role: $role, objectives: $objectives) {\n      id\n      status\n    }\n  }\n':
    types.ApplyToTradeMissionDocument,
  '\n  mutation WithdrawMissionApplication($id: ID!) {\n    withdrawMissionApplication(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.WithdrawMissionApplicationDocument,
  '\n  query MissionAgenda($missionId: ID!, $companyId: ID) {\n    missionAgenda(missionId: $missionId, companyId: $companyId) {\n      calendarUrl\n      company {\n        id\n        name\n      }\n      meetings {\n        id\n        start\n        end\n        status\n        location\n        icsUrl\n        companies {\n          id\n          name\n          province\n          description\n        }\n        participants {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MissionAgendaDocument,
  '\n  query MissionPreferences($missionId: ID!) {\n    missionPreferences(missionId: $missionId) {\n      choices {\n        id\n        name\n        province\n      }\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n':
    types.MissionPreferencesDocument,
  '\n  mutation SetMissionPreferences($missionId: ID!, $mustMeet: [ID!]!, $avoid: [ID!]!) {\n    setMissionPreferences(missionId: $missionId, mustMeet: $mustMeet, avoid: $avoid) {\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n':
    types.SetMissionPreferencesDocument,
  '\n  query EditableProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      city\n      website\n      languages\n      matchmakingOptIn\n      matchmakingConsentAt\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      size {\n        code\n      }\n      stage {\n        code\n      }\n      sectors {\n        code\n      }\n      therapeuticAreas {\n        code\n      }\n      modalities {\n        code\n      }\n      offers {\n        code\n      }\n      seeks {\n        code\n      }\n      partnershipTypes {\n        code\n      }\n    }\n  }\n':
    types.EditableProfileDocument,
  '\n  mutation UpdateCompanyProfile($companyId: ID, $input: CompanyProfileInput!) {\n    updateCompanyProfile(companyId: $companyId, input: $input) {\n      id\n      name\n      matchmakingOptIn\n      matchmakingConsentAt\n    }\n  }\n':
    types.UpdateCompanyProfileDocument,
  '\n  fragment EventCandidateFields on EventCandidate {\n    score\n    curation\n    curatedBy\n    note\n    introduced\n    hasMeeting\n    requestStatus\n    companyWish\n    partnerWish\n    reasons {\n      code\n      message\n    }\n    company {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n':
    types.EventCandidateFieldsFragmentDoc,
  '\n  query EventCandidates($eventId: ID!, $companyId: ID) {\n    eventCandidates(eventId: $eventId, companyId: $companyId, first: 100) {\n      ...EventCandidateFields\n    }\n  }\n':
    types.EventCandidatesDocument,
  '\n  mutation CurateEventMatch(\n    $eventId: ID!\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n  ) {\n    curateEventMatch(\n      eventId: $eventId\n      companyId: $companyId\n      partnerId: $partnerId\n      status: $status\n      note: $note\n    ) {\n      ...EventCandidateFields\n    }\n  }\n':
    types.CurateEventMatchDocument,
  '\n  mutation SendEventIntroductions($eventId: ID!, $introductions: [IntroductionInput!]!) {\n    sendEventIntroductions(eventId: $eventId, introductions: $introductions) {\n      ...EventCandidateFields\n    }\n  }\n':
    types.SendEventIntroductionsDocument,
  '\n  query StaffEvents {\n    events(upcoming: false) {\n      ...EventFields\n    }\n  }\n':
    types.StaffEventsDocument,
  '\n  fragment EventSettings on Event {\n    ...EventFields\n    titleFr\n    titleEn\n    descriptionFr\n    descriptionEn\n    province\n    registrationOpensAt\n    registrationClosesAt\n    prices {\n      memberPriceCents\n      partnerMemberPriceCents\n      nonMemberPriceCents\n    }\n    partneringSession {\n      slotMinutes\n      tables\n      days {\n        date\n        start\n        end\n        breaks {\n          start\n          end\n        }\n      }\n    }\n  }\n':
    types.EventSettingsFragmentDoc,
  '\n  query EventSettings($id: ID!) {\n    event(id: $id) {\n      ...EventSettings\n    }\n  }\n':
    types.EventSettingsDocument,
  '\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventSettings\n    }\n  }\n':
    types.CreateEventDocument,
  '\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventSettings\n    }\n  }\n':
    types.UpdateEventDocument,
  '\n  query EventCuration($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n      registrations {\n        id\n        status\n        waitlistPosition\n        user {\n          id\n          name\n        }\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n    eventDemand(eventId: $id) {\n      requests\n      pendingRequests\n      meetings\n      crossBorderMeetings\n      acceptedWithoutMeeting\n      companiesWithoutMeeting {\n        id\n        name\n      }\n      companies {\n        attending\n        requestsSent\n        requestsReceived\n        accepted\n        meetings\n        unanswered\n        awaitingReply\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n':
    types.EventCurationDocument,
  '\n  fragment ScheduleResultFields on ScheduleResult {\n    runId\n    status\n    publish\n    error\n    placed\n    unplaced\n    kept\n    tables\n    lowerBoundUnplaced\n    millis\n    grid {\n      tablesUsed\n      tablesFree\n      slot {\n        id\n        start\n        end\n      }\n      placements {\n        table\n        fixed\n        companies {\n          id\n          name\n        }\n      }\n    }\n    unplacedMeetings {\n      reason\n      message\n      request {\n        id\n        fromCompany {\n          id\n          name\n        }\n        toCompany {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ScheduleResultFieldsFragmentDoc,
  '\n  mutation ScheduleEventMeetings($eventId: ID!, $publish: Boolean) {\n    scheduleEventMeetings(eventId: $eventId, publish: $publish) {\n      ...ScheduleResultFields\n    }\n  }\n':
    types.ScheduleEventMeetingsDocument,
  '\n  query ScheduleRun($id: ID!) {\n    scheduleRun(id: $id) {\n      ...ScheduleResultFields\n    }\n  }\n':
    types.ScheduleRunDocument,
  '\n  query MissionApplications($missionId: ID!) {\n    missionApplications(missionId: $missionId) {\n      id\n      role\n      status\n      objectives\n      marketFit\n      strongMatches\n      feePaidAt\n      company {\n        id\n        name\n        province\n      }\n    }\n  }\n':
    types.MissionApplicationsDocument,
  '\n  mutation DecideMissionApplication($id: ID!, $status: MissionApplicationStatus!) {\n    decideMissionApplication(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n':
    types.DecideMissionApplicationDocument,
  '\n  mutation SetTradeMissionStatus($id: ID!, $status: TradeMissionStatus!) {\n    setTradeMissionStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n':
    types.SetTradeMissionStatusDocument,
  '\n  mutation RecordMissionFeePaid($applicationId: ID!, $paid: Boolean!) {\n    recordMissionFeePaid(applicationId: $applicationId, paid: $paid) {\n      id\n      feePaidAt\n    }\n  }\n':
    types.RecordMissionFeePaidDocument,
  '\n  mutation ArrangeMissionMeetings($missionId: ID!, $publish: Boolean!) {\n    arrangeMissionMeetings(missionId: $missionId, publish: $publish) {\n      placed\n      unplacedMustMeets\n      unplacedReasons\n      millis\n      delegatesBelowTarget {\n        id\n        name\n      }\n      pairings {\n        start\n        end\n        fit\n        mustMeet\n        kept\n        delegate {\n          id\n          name\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ArrangeMissionMeetingsDocument,
  '\n  query MissionReport($missionId: ID!) {\n    missionReport(missionId: $missionId) {\n      delegates\n      hosts\n      meetingsArranged\n      meetingsHeld\n      noShows\n      followUpsPlanned\n      partnershipsDiscussed\n      stages {\n        stage\n        meetings\n      }\n      delegateLines {\n        feeCents\n        feePaidAt\n        meetingsHeld\n        stages\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MissionReportDocument,
  '\n  query PartnershipReport($from: String, $to: String) {\n    partnershipReport(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        period\n        province\n        sector {\n          code\n          label\n        }\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        partnershipsDiscussed\n        noShows\n      }\n      byProvince {\n        period\n        province\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        noShows\n      }\n    }\n  }\n':
    types.PartnershipReportDocument,
  '\n  query StaffCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          name\n          province\n          city\n          matchmakingOptIn\n          sectors {\n            code\n            label\n          }\n          memberships {\n            association\n            active\n          }\n        }\n      }\n    }\n  }\n':
    types.StaffCompaniesDocument,
  '\n  mutation CurateMatch(\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n    $mirror: Boolean\n  ) {\n    curateMatch(companyId: $companyId, partnerId: $partnerId, status: $status, note: $note, mirror: $mirror) {\n      curation\n      curatedBy\n      curationNote\n      partner {\n        id\n      }\n    }\n  }\n':
    types.CurateMatchDocument,
  '\n  mutation ImportCompanies($document: JSON!, $dryRun: Boolean) {\n    importCompanies(document: $document, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n':
    types.ImportCompaniesDocument,
  '\n  mutation ImportSpreadsheet($format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {\n    importSpreadsheet(format: $format, content: $content, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n':
    types.ImportSpreadsheetDocument,
  '\n  fragment ImportOutcome on ImportResult {\n    dryRun\n    companies\n    created\n    updated\n    unchanged\n    invited\n    lines {\n      externalId\n      name\n      row\n      isNew\n    }\n  }\n':
    types.ImportOutcomeFragmentDoc,
  '\n  mutation RescoreAll {\n    rescoreAll {\n      id\n      status\n    }\n  }\n':
    types.RescoreAllDocument,
  '\n  fragment MatchingRunFields on MatchingRun {\n    id\n    status\n    companiesScored\n    companiesTotal\n    pairsScored\n    modelVersion\n    startedAt\n    finishedAt\n    error\n  }\n':
    types.MatchingRunFieldsFragmentDoc,
  '\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n':
    types.MatchingRunProgressDocument,
  '\n  query RecentMatchingRuns {\n    matchingRuns(last: 5) {\n      ...MatchingRunFields\n    }\n  }\n':
    types.RecentMatchingRunsDocument,
  '\n  query SuggestedPartners(\n    $companyId: ID\n    $first: Int\n    $after: String\n    $filter: SuggestionFilter\n    $includeHidden: Boolean\n  ) {\n    suggestedConnections(\n      companyId: $companyId\n      first: $first\n      after: $after\n      filter: $filter\n      includeHidden: $includeHidden\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          curation\n          curatedBy\n          curationNote\n          reasons {\n            code\n            message\n          }\n          partner {\n            id\n            name\n            province\n            city\n            languages\n            sectors {\n              code\n              label\n            }\n            therapeuticAreas {\n              code\n              label\n            }\n            offers {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.SuggestedPartnersDocument,
  '\n  query MeetingsWithPartners($companyIds: [ID!]!) {\n    meetingsWithCompanies(companyIds: $companyIds) {\n      companyId\n      pendingRequest {\n        id\n        direction\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n':
    types.MeetingsWithPartnersDocument,
  '\n  mutation DismissSuggestion($partnerId: ID!, $reason: String) {\n    dismissSuggestion(partnerId: $partnerId, reason: $reason)\n  }\n':
    types.DismissSuggestionDocument,
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    association\n    company {\n      id\n      name\n      province\n    }\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n':
    types.UpdateMeDocument,
  '\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n':
    types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnerRelation on Company {\n    id\n    fitWithMe {\n      score\n      reasons {\n        code\n        message\n      }\n    }\n    meetingsWithMe {\n      pendingRequest {\n        id\n        direction\n        expiresAt\n        event {\n          id\n          title\n        }\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnerRelation on Company {\n    id\n    fitWithMe {\n      score\n      reasons {\n        code\n        message\n      }\n    }\n    meetingsWithMe {\n      pendingRequest {\n        id\n        direction\n        expiresAt\n        event {\n          id\n          title\n        }\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestMeeting(\n    $toCompanyId: ID!\n    $eventId: ID\n    $message: String\n    $proposedSlots: [TimeRangeInput!]\n    $location: String\n  ) {\n    requestMeeting(\n      toCompanyId: $toCompanyId\n      eventId: $eventId\n      message: $message\n      proposedSlots: $proposedSlots\n      location: $location\n    ) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestMeeting(\n    $toCompanyId: ID!\n    $eventId: ID\n    $message: String\n    $proposedSlots: [TimeRangeInput!]\n    $location: String\n  ) {\n    requestMeeting(\n      toCompanyId: $toCompanyId\n      eventId: $eventId\n      message: $message\n      proposedSlots: $proposedSlots\n      location: $location\n    ) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventChoices {\n    events(upcoming: true) {\n      id\n      title\n      startsAt\n      timeZone\n    }\n  }\n',
): (typeof documents)['\n  query EventChoices {\n    events(upcoming: true) {\n      id\n      title\n      startsAt\n      timeZone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n          meetingId\n          meetingRequestId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          message\n          createdAt\n          readAt\n          meetingId\n          meetingRequestId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      meetingId\n      meetingRequestId\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      createdAt\n      readAt\n      meetingId\n      meetingRequestId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkRead($ids: [ID!]!) {\n    markRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAllRead {\n    markAllRead\n  }\n',
): (typeof documents)['\n  mutation MarkAllRead {\n    markAllRead\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!, $password: String!, $name: String) {\n    acceptInvitation(token: $token, password: $password, name: $name) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n',
): (typeof documents)['\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyData {\n    myData\n  }\n',
): (typeof documents)['\n  query MyData {\n    myData\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n',
): (typeof documents)['\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyAvailability {\n    myAvailability {\n      isSet\n      timeZone\n      weekly {\n        day\n        start\n        end\n      }\n      slots {\n        start\n        end\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyAvailability {\n    myAvailability {\n      isSet\n      timeZone\n      weekly {\n        day\n        start\n        end\n      }\n      slots {\n        start\n        end\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAvailability($slots: [TimeRangeInput!]!, $weekly: [WeeklyRangeInput!], $timeZone: String) {\n    setAvailability(slots: $slots, weekly: $weekly, timeZone: $timeZone) {\n      start\n      end\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAvailability($slots: [TimeRangeInput!]!, $weekly: [WeeklyRangeInput!], $timeZone: String) {\n    setAvailability(slots: $slots, weekly: $weekly, timeZone: $timeZone) {\n      start\n      end\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompanyProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      province\n      city\n      website\n      languages\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      matchmakingOptIn\n      size {\n        code\n        label\n      }\n      stage {\n        code\n        label\n      }\n      sectors {\n        code\n        label\n      }\n      therapeuticAreas {\n        code\n        label\n      }\n      modalities {\n        code\n        label\n      }\n      offers {\n        code\n        label\n      }\n      seeks {\n        code\n        label\n      }\n      partnershipTypes {\n        code\n        label\n      }\n      memberships {\n        association\n        active\n      }\n      ...PartnerRelation\n    }\n  }\n',
): (typeof documents)['\n  query CompanyProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      province\n      city\n      website\n      languages\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      matchmakingOptIn\n      size {\n        code\n        label\n      }\n      stage {\n        code\n        label\n      }\n      sectors {\n        code\n        label\n      }\n      therapeuticAreas {\n        code\n        label\n      }\n      modalities {\n        code\n        label\n      }\n      offers {\n        code\n        label\n      }\n      seeks {\n        code\n        label\n      }\n      partnershipTypes {\n        code\n        label\n      }\n      memberships {\n        association\n        active\n      }\n      ...PartnerRelation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Directory($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          name\n          province\n          city\n          languages\n          sectors {\n            code\n            label\n          }\n          therapeuticAreas {\n            code\n            label\n          }\n          ...PartnerRelation\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Directory($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          name\n          province\n          city\n          languages\n          sectors {\n            code\n            label\n          }\n          therapeuticAreas {\n            code\n            label\n          }\n          ...PartnerRelation\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    venue\n    organizers\n    capacity\n    registeredCount\n    waitlistCount\n    registrationOpen\n    priceForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      price {\n        amountCents\n        taxCents\n        currency\n        tier\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EventFields on Event {\n    id\n    title\n    description\n    startsAt\n    endsAt\n    timeZone\n    venue\n    organizers\n    capacity\n    registeredCount\n    waitlistCount\n    registrationOpen\n    priceForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      price {\n        amountCents\n        taxCents\n        currency\n        tier\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Events($upcoming: Boolean) {\n    events(upcoming: $upcoming) {\n      ...EventFields\n    }\n  }\n',
): (typeof documents)['\n  query Events($upcoming: Boolean) {\n    events(upcoming: $upcoming) {\n      ...EventFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n',
): (typeof documents)['\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterForEvent($eventId: ID!) {\n    registerForEvent(eventId: $eventId) {\n      id\n      status\n      waitlistPosition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelRegistration($eventId: ID!) {\n    cancelRegistration(eventId: $eventId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventWishPartners($eventId: ID!) {\n    eventWishPartners(eventId: $eventId) {\n      requestStatus\n      wish\n      partner {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventWishPartners($eventId: ID!) {\n    eventWishPartners(eventId: $eventId) {\n      requestStatus\n      wish\n      partner {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEventWish($eventId: ID!, $partnerId: ID!, $wish: MeetingWish) {\n    setEventWish(eventId: $eventId, partnerId: $partnerId, wish: $wish) {\n      wish\n      partner {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEventWish($eventId: ID!, $partnerId: ID!, $wish: MeetingWish) {\n    setEventWish(eventId: $eventId, partnerId: $partnerId, wish: $wish) {\n      wish\n      partner {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventAgenda($id: ID!) {\n    event(id: $id) {\n      id\n      timeZone\n      partneringSession {\n        slotMinutes\n        tables\n        days {\n          date\n          start\n          end\n          breaks {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventAgenda($id: ID!) {\n    event(id: $id) {\n      id\n      timeZone\n      partneringSession {\n        slotMinutes\n        tables\n        days {\n          date\n          start\n          end\n          breaks {\n            start\n            end\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventAttendees($id: ID!) {\n    event(id: $id) {\n      id\n      attendees {\n        name\n        province\n        city\n        languages\n        sectors {\n          code\n          label\n        }\n        therapeuticAreas {\n          code\n          label\n        }\n        ...PartnerRelation\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventAttendees($id: ID!) {\n    event(id: $id) {\n      id\n      attendees {\n        name\n        province\n        city\n        languages\n        sectors {\n          code\n          label\n        }\n        therapeuticAreas {\n          code\n          label\n        }\n        ...PartnerRelation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyEventMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      table\n      location\n      event {\n        id\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyEventMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      table\n      location\n      event {\n        id\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingRequests(\n    $first: Int\n    $after: String\n    $status: MeetingRequestStatus\n    $direction: MeetingRequestDirection\n    $orderBy: MeetingRequestOrder\n  ) {\n    meetingRequests(first: $first, after: $after, status: $status, direction: $direction, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          direction\n          message\n          location\n          reason\n          createdAt\n          expiresAt\n          fit\n          fitReasons {\n            code\n            message\n          }\n          fromCompany {\n            id\n            name\n          }\n          toCompany {\n            id\n            name\n          }\n          requester {\n            id\n            name\n          }\n          event {\n            id\n            title\n          }\n          proposedSlots {\n            start\n            end\n          }\n          meeting {\n            id\n            start\n            end\n            status\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingRequests(\n    $first: Int\n    $after: String\n    $status: MeetingRequestStatus\n    $direction: MeetingRequestDirection\n    $orderBy: MeetingRequestOrder\n  ) {\n    meetingRequests(first: $first, after: $after, status: $status, direction: $direction, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          direction\n          message\n          location\n          reason\n          createdAt\n          expiresAt\n          fit\n          fitReasons {\n            code\n            message\n          }\n          fromCompany {\n            id\n            name\n          }\n          toCompany {\n            id\n            name\n          }\n          requester {\n            id\n            name\n          }\n          event {\n            id\n            title\n          }\n          proposedSlots {\n            start\n            end\n          }\n          meeting {\n            id\n            start\n            end\n            status\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineMeetingRequests($ids: [ID!]!, $reason: String) {\n    declineMeetingRequests(ids: $ids, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineMeetingRequests($ids: [ID!]!, $reason: String) {\n    declineMeetingRequests(ids: $ids, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!, $slot: TimeRangeInput, $reason: String) {\n    respondToMeetingRequest(id: $id, accept: $accept, slot: $slot, reason: $reason) {\n      id\n      status\n      meeting {\n        id\n        start\n        end\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToMeetingRequest($id: ID!, $accept: Boolean!, $slot: TimeRangeInput, $reason: String) {\n    respondToMeetingRequest(id: $id, accept: $accept, slot: $slot, reason: $reason) {\n      id\n      status\n      meeting {\n        id\n        start\n        end\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelMeetingRequest($id: ID!, $reason: String) {\n    cancelMeetingRequest(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelMeetingRequest($id: ID!, $reason: String) {\n    cancelMeetingRequest(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n',
): (typeof documents)['\n  query CalendarFeed {\n    me {\n      id\n      calendarFeedUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetCalendarFeed {\n    resetCalendarFeedUrl\n  }\n',
): (typeof documents)['\n  mutation ResetCalendarFeed {\n    resetCalendarFeedUrl\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UpcomingMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      location\n      table\n      icsUrl\n      event {\n        id\n        title\n      }\n      companies {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      pendingReschedule {\n        id\n        message\n        canAnswer\n        slots {\n          start\n          end\n        }\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UpcomingMeetings($from: DateTime, $to: DateTime) {\n    meetings(from: $from, to: $to) {\n      id\n      start\n      end\n      status\n      location\n      table\n      icsUrl\n      event {\n        id\n        title\n      }\n      companies {\n        id\n        name\n      }\n      participants {\n        id\n        name\n      }\n      pendingReschedule {\n        id\n        message\n        canAnswer\n        slots {\n          start\n          end\n        }\n        proposedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeMeetingReschedule($meetingId: ID!, $slots: [TimeRangeInput!]!, $message: String) {\n    proposeMeetingReschedule(meetingId: $meetingId, slots: $slots, message: $message) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeMeetingReschedule($meetingId: ID!, $slots: [TimeRangeInput!]!, $message: String) {\n    proposeMeetingReschedule(meetingId: $meetingId, slots: $slots, message: $message) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToMeetingReschedule($id: ID!, $accept: Boolean!, $slot: TimeRangeInput) {\n    respondToMeetingReschedule(id: $id, accept: $accept, slot: $slot) {\n      id\n      start\n      end\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToMeetingReschedule($id: ID!, $accept: Boolean!, $slot: TimeRangeInput) {\n    respondToMeetingReschedule(id: $id, accept: $accept, slot: $slot) {\n      id\n      start\n      end\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawMeetingReschedule($meetingId: ID!) {\n    withdrawMeetingReschedule(meetingId: $meetingId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawMeetingReschedule($meetingId: ID!) {\n    withdrawMeetingReschedule(meetingId: $meetingId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelMeeting($id: ID!, $reason: String) {\n    cancelMeeting(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MissionFields on TradeMission {\n    id\n    title\n    description\n    organizer\n    hostProvince\n    city\n    startsAt\n    endsAt\n    timeZone\n    applicationDeadline\n    delegationSize\n    meetingMinutes\n    status\n    applicationsCount\n    sectors {\n      code\n      label\n    }\n    feeForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myApplication {\n      id\n      role\n      status\n      objectives\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  fragment MissionFields on TradeMission {\n    id\n    title\n    description\n    organizer\n    hostProvince\n    city\n    startsAt\n    endsAt\n    timeZone\n    applicationDeadline\n    delegationSize\n    meetingMinutes\n    status\n    applicationsCount\n    sectors {\n      code\n      label\n    }\n    feeForMe {\n      amountCents\n      taxCents\n      currency\n      tier\n    }\n    myApplication {\n      id\n      role\n      status\n      objectives\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TradeMissions {\n    tradeMissions {\n      ...MissionFields\n    }\n  }\n',
): (typeof documents)['\n  query TradeMissions {\n    tradeMissions {\n      ...MissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TradeMissionDetail($id: ID!) {\n    tradeMission(id: $id) {\n      ...MissionFields\n    }\n  }\n',
): (typeof documents)['\n  query TradeMissionDetail($id: ID!) {\n    tradeMission(id: $id) {\n      ...MissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyToTradeMission($missionId: ID!, $role: MissionRole!, $objectives: String!) {\n    applyToTradeMission(missionId: $missionId, role: $role, objectives: $objectives) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyToTradeMission($missionId: ID!, $role: MissionRole!, $objectives: String!) {\n    applyToTradeMission(missionId: $missionId, role: $role, objectives: $objectives) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawMissionApplication($id: ID!) {\n    withdrawMissionApplication(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawMissionApplication($id: ID!) {\n    withdrawMissionApplication(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionAgenda($missionId: ID!, $companyId: ID) {\n    missionAgenda(missionId: $missionId, companyId: $companyId) {\n      calendarUrl\n      company {\n        id\n        name\n      }\n      meetings {\n        id\n        start\n        end\n        status\n        location\n        icsUrl\n        companies {\n          id\n          name\n          province\n          description\n        }\n        participants {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MissionAgenda($missionId: ID!, $companyId: ID) {\n    missionAgenda(missionId: $missionId, companyId: $companyId) {\n      calendarUrl\n      company {\n        id\n        name\n      }\n      meetings {\n        id\n        start\n        end\n        status\n        location\n        icsUrl\n        companies {\n          id\n          name\n          province\n          description\n        }\n        participants {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionPreferences($missionId: ID!) {\n    missionPreferences(missionId: $missionId) {\n      choices {\n        id\n        name\n        province\n      }\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MissionPreferences($missionId: ID!) {\n    missionPreferences(missionId: $missionId) {\n      choices {\n        id\n        name\n        province\n      }\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMissionPreferences($missionId: ID!, $mustMeet: [ID!]!, $avoid: [ID!]!) {\n    setMissionPreferences(missionId: $missionId, mustMeet: $mustMeet, avoid: $avoid) {\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMissionPreferences($missionId: ID!, $mustMeet: [ID!]!, $avoid: [ID!]!) {\n    setMissionPreferences(missionId: $missionId, mustMeet: $mustMeet, avoid: $avoid) {\n      mustMeet {\n        id\n      }\n      avoid {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditableProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      city\n      website\n      languages\n      matchmakingOptIn\n      matchmakingConsentAt\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      size {\n        code\n      }\n      stage {\n        code\n      }\n      sectors {\n        code\n      }\n      therapeuticAreas {\n        code\n      }\n      modalities {\n        code\n      }\n      offers {\n        code\n      }\n      seeks {\n        code\n      }\n      partnershipTypes {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditableProfile($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      city\n      website\n      languages\n      matchmakingOptIn\n      matchmakingConsentAt\n      descriptionFr\n      descriptionEn\n      seekingFr\n      seekingEn\n      size {\n        code\n      }\n      stage {\n        code\n      }\n      sectors {\n        code\n      }\n      therapeuticAreas {\n        code\n      }\n      modalities {\n        code\n      }\n      offers {\n        code\n      }\n      seeks {\n        code\n      }\n      partnershipTypes {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCompanyProfile($companyId: ID, $input: CompanyProfileInput!) {\n    updateCompanyProfile(companyId: $companyId, input: $input) {\n      id\n      name\n      matchmakingOptIn\n      matchmakingConsentAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCompanyProfile($companyId: ID, $input: CompanyProfileInput!) {\n    updateCompanyProfile(companyId: $companyId, input: $input) {\n      id\n      name\n      matchmakingOptIn\n      matchmakingConsentAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventCandidateFields on EventCandidate {\n    score\n    curation\n    curatedBy\n    note\n    introduced\n    hasMeeting\n    requestStatus\n    companyWish\n    partnerWish\n    reasons {\n      code\n      message\n    }\n    company {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment EventCandidateFields on EventCandidate {\n    score\n    curation\n    curatedBy\n    note\n    introduced\n    hasMeeting\n    requestStatus\n    companyWish\n    partnerWish\n    reasons {\n      code\n      message\n    }\n    company {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventCandidates($eventId: ID!, $companyId: ID) {\n    eventCandidates(eventId: $eventId, companyId: $companyId, first: 100) {\n      ...EventCandidateFields\n    }\n  }\n',
): (typeof documents)['\n  query EventCandidates($eventId: ID!, $companyId: ID) {\n    eventCandidates(eventId: $eventId, companyId: $companyId, first: 100) {\n      ...EventCandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CurateEventMatch(\n    $eventId: ID!\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n  ) {\n    curateEventMatch(\n      eventId: $eventId\n      companyId: $companyId\n      partnerId: $partnerId\n      status: $status\n      note: $note\n    ) {\n      ...EventCandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CurateEventMatch(\n    $eventId: ID!\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n  ) {\n    curateEventMatch(\n      eventId: $eventId\n      companyId: $companyId\n      partnerId: $partnerId\n      status: $status\n      note: $note\n    ) {\n      ...EventCandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendEventIntroductions($eventId: ID!, $introductions: [IntroductionInput!]!) {\n    sendEventIntroductions(eventId: $eventId, introductions: $introductions) {\n      ...EventCandidateFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendEventIntroductions($eventId: ID!, $introductions: [IntroductionInput!]!) {\n    sendEventIntroductions(eventId: $eventId, introductions: $introductions) {\n      ...EventCandidateFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffEvents {\n    events(upcoming: false) {\n      ...EventFields\n    }\n  }\n',
): (typeof documents)['\n  query StaffEvents {\n    events(upcoming: false) {\n      ...EventFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EventSettings on Event {\n    ...EventFields\n    titleFr\n    titleEn\n    descriptionFr\n    descriptionEn\n    province\n    registrationOpensAt\n    registrationClosesAt\n    prices {\n      memberPriceCents\n      partnerMemberPriceCents\n      nonMemberPriceCents\n    }\n    partneringSession {\n      slotMinutes\n      tables\n      days {\n        date\n        start\n        end\n        breaks {\n          start\n          end\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EventSettings on Event {\n    ...EventFields\n    titleFr\n    titleEn\n    descriptionFr\n    descriptionEn\n    province\n    registrationOpensAt\n    registrationClosesAt\n    prices {\n      memberPriceCents\n      partnerMemberPriceCents\n      nonMemberPriceCents\n    }\n    partneringSession {\n      slotMinutes\n      tables\n      days {\n        date\n        start\n        end\n        breaks {\n          start\n          end\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventSettings($id: ID!) {\n    event(id: $id) {\n      ...EventSettings\n    }\n  }\n',
): (typeof documents)['\n  query EventSettings($id: ID!) {\n    event(id: $id) {\n      ...EventSettings\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventSettings\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...EventSettings\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventSettings\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...EventSettings\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EventCuration($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n      registrations {\n        id\n        status\n        waitlistPosition\n        user {\n          id\n          name\n        }\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n    eventDemand(eventId: $id) {\n      requests\n      pendingRequests\n      meetings\n      crossBorderMeetings\n      acceptedWithoutMeeting\n      companiesWithoutMeeting {\n        id\n        name\n      }\n      companies {\n        attending\n        requestsSent\n        requestsReceived\n        accepted\n        meetings\n        unanswered\n        awaitingReply\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EventCuration($id: ID!) {\n    event(id: $id) {\n      ...EventFields\n      registrations {\n        id\n        status\n        waitlistPosition\n        user {\n          id\n          name\n        }\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n    eventDemand(eventId: $id) {\n      requests\n      pendingRequests\n      meetings\n      crossBorderMeetings\n      acceptedWithoutMeeting\n      companiesWithoutMeeting {\n        id\n        name\n      }\n      companies {\n        attending\n        requestsSent\n        requestsReceived\n        accepted\n        meetings\n        unanswered\n        awaitingReply\n        company {\n          id\n          name\n          province\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ScheduleResultFields on ScheduleResult {\n    runId\n    status\n    publish\n    error\n    placed\n    unplaced\n    kept\n    tables\n    lowerBoundUnplaced\n    millis\n    grid {\n      tablesUsed\n      tablesFree\n      slot {\n        id\n        start\n        end\n      }\n      placements {\n        table\n        fixed\n        companies {\n          id\n          name\n        }\n      }\n    }\n    unplacedMeetings {\n      reason\n      message\n      request {\n        id\n        fromCompany {\n          id\n          name\n        }\n        toCompany {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ScheduleResultFields on ScheduleResult {\n    runId\n    status\n    publish\n    error\n    placed\n    unplaced\n    kept\n    tables\n    lowerBoundUnplaced\n    millis\n    grid {\n      tablesUsed\n      tablesFree\n      slot {\n        id\n        start\n        end\n      }\n      placements {\n        table\n        fixed\n        companies {\n          id\n          name\n        }\n      }\n    }\n    unplacedMeetings {\n      reason\n      message\n      request {\n        id\n        fromCompany {\n          id\n          name\n        }\n        toCompany {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleEventMeetings($eventId: ID!, $publish: Boolean) {\n    scheduleEventMeetings(eventId: $eventId, publish: $publish) {\n      ...ScheduleResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleEventMeetings($eventId: ID!, $publish: Boolean) {\n    scheduleEventMeetings(eventId: $eventId, publish: $publish) {\n      ...ScheduleResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScheduleRun($id: ID!) {\n    scheduleRun(id: $id) {\n      ...ScheduleResultFields\n    }\n  }\n',
): (typeof documents)['\n  query ScheduleRun($id: ID!) {\n    scheduleRun(id: $id) {\n      ...ScheduleResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionApplications($missionId: ID!) {\n    missionApplications(missionId: $missionId) {\n      id\n      role\n      status\n      objectives\n      marketFit\n      strongMatches\n      feePaidAt\n      company {\n        id\n        name\n        province\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MissionApplications($missionId: ID!) {\n    missionApplications(missionId: $missionId) {\n      id\n      role\n      status\n      objectives\n      marketFit\n      strongMatches\n      feePaidAt\n      company {\n        id\n        name\n        province\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideMissionApplication($id: ID!, $status: MissionApplicationStatus!) {\n    decideMissionApplication(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideMissionApplication($id: ID!, $status: MissionApplicationStatus!) {\n    decideMissionApplication(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTradeMissionStatus($id: ID!, $status: TradeMissionStatus!) {\n    setTradeMissionStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTradeMissionStatus($id: ID!, $status: TradeMissionStatus!) {\n    setTradeMissionStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMissionFeePaid($applicationId: ID!, $paid: Boolean!) {\n    recordMissionFeePaid(applicationId: $applicationId, paid: $paid) {\n      id\n      feePaidAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMissionFeePaid($applicationId: ID!, $paid: Boolean!) {\n    recordMissionFeePaid(applicationId: $applicationId, paid: $paid) {\n      id\n      feePaidAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArrangeMissionMeetings($missionId: ID!, $publish: Boolean!) {\n    arrangeMissionMeetings(missionId: $missionId, publish: $publish) {\n      placed\n      unplacedMustMeets\n      unplacedReasons\n      millis\n      delegatesBelowTarget {\n        id\n        name\n      }\n      pairings {\n        start\n        end\n        fit\n        mustMeet\n        kept\n        delegate {\n          id\n          name\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ArrangeMissionMeetings($missionId: ID!, $publish: Boolean!) {\n    arrangeMissionMeetings(missionId: $missionId, publish: $publish) {\n      placed\n      unplacedMustMeets\n      unplacedReasons\n      millis\n      delegatesBelowTarget {\n        id\n        name\n      }\n      pairings {\n        start\n        end\n        fit\n        mustMeet\n        kept\n        delegate {\n          id\n          name\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MissionReport($missionId: ID!) {\n    missionReport(missionId: $missionId) {\n      delegates\n      hosts\n      meetingsArranged\n      meetingsHeld\n      noShows\n      followUpsPlanned\n      partnershipsDiscussed\n      stages {\n        stage\n        meetings\n      }\n      delegateLines {\n        feeCents\n        feePaidAt\n        meetingsHeld\n        stages\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MissionReport($missionId: ID!) {\n    missionReport(missionId: $missionId) {\n      delegates\n      hosts\n      meetingsArranged\n      meetingsHeld\n      noShows\n      followUpsPlanned\n      partnershipsDiscussed\n      stages {\n        stage\n        meetings\n      }\n      delegateLines {\n        feeCents\n        feePaidAt\n        meetingsHeld\n        stages\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnershipReport($from: String, $to: String) {\n    partnershipReport(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        period\n        province\n        sector {\n          code\n          label\n        }\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        partnershipsDiscussed\n        noShows\n      }\n      byProvince {\n        period\n        province\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        noShows\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnershipReport($from: String, $to: String) {\n    partnershipReport(from: $from, to: $to) {\n      from\n      to\n      byMonth {\n        period\n        province\n        sector {\n          code\n          label\n        }\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        partnershipsDiscussed\n        noShows\n      }\n      byProvince {\n        period\n        province\n        requests\n        meetingsHeld\n        crossBorderMeetingsHeld\n        followUps\n        noShows\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          name\n          province\n          city\n          matchmakingOptIn\n          sectors {\n            code\n            label\n          }\n          memberships {\n            association\n            active\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffCompanies($first: Int, $after: String, $filter: CompanyFilter) {\n    companies(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          externalId\n          name\n          province\n          city\n          matchmakingOptIn\n          sectors {\n            code\n            label\n          }\n          memberships {\n            association\n            active\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CurateMatch(\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n    $mirror: Boolean\n  ) {\n    curateMatch(companyId: $companyId, partnerId: $partnerId, status: $status, note: $note, mirror: $mirror) {\n      curation\n      curatedBy\n      curationNote\n      partner {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CurateMatch(\n    $companyId: ID!\n    $partnerId: ID!\n    $status: CurationStatus!\n    $note: String\n    $mirror: Boolean\n  ) {\n    curateMatch(companyId: $companyId, partnerId: $partnerId, status: $status, note: $note, mirror: $mirror) {\n      curation\n      curatedBy\n      curationNote\n      partner {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportCompanies($document: JSON!, $dryRun: Boolean) {\n    importCompanies(document: $document, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportCompanies($document: JSON!, $dryRun: Boolean) {\n    importCompanies(document: $document, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportSpreadsheet($format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {\n    importSpreadsheet(format: $format, content: $content, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportSpreadsheet($format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {\n    importSpreadsheet(format: $format, content: $content, dryRun: $dryRun) {\n      ...ImportOutcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportOutcome on ImportResult {\n    dryRun\n    companies\n    created\n    updated\n    unchanged\n    invited\n    lines {\n      externalId\n      name\n      row\n      isNew\n    }\n  }\n',
): (typeof documents)['\n  fragment ImportOutcome on ImportResult {\n    dryRun\n    companies\n    created\n    updated\n    unchanged\n    invited\n    lines {\n      externalId\n      name\n      row\n      isNew\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescoreAll {\n    rescoreAll {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RescoreAll {\n    rescoreAll {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchingRunFields on MatchingRun {\n    id\n    status\n    companiesScored\n    companiesTotal\n    pairsScored\n    modelVersion\n    startedAt\n    finishedAt\n    error\n  }\n',
): (typeof documents)['\n  fragment MatchingRunFields on MatchingRun {\n    id\n    status\n    companiesScored\n    companiesTotal\n    pairsScored\n    modelVersion\n    startedAt\n    finishedAt\n    error\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n',
): (typeof documents)['\n  query MatchingRunProgress($id: ID!) {\n    matchingRun(id: $id) {\n      ...MatchingRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecentMatchingRuns {\n    matchingRuns(last: 5) {\n      ...MatchingRunFields\n    }\n  }\n',
): (typeof documents)['\n  query RecentMatchingRuns {\n    matchingRuns(last: 5) {\n      ...MatchingRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuggestedPartners(\n    $companyId: ID\n    $first: Int\n    $after: String\n    $filter: SuggestionFilter\n    $includeHidden: Boolean\n  ) {\n    suggestedConnections(\n      companyId: $companyId\n      first: $first\n      after: $after\n      filter: $filter\n      includeHidden: $includeHidden\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          curation\n          curatedBy\n          curationNote\n          reasons {\n            code\n            message\n          }\n          partner {\n            id\n            name\n            province\n            city\n            languages\n            sectors {\n              code\n              label\n            }\n            therapeuticAreas {\n              code\n              label\n            }\n            offers {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SuggestedPartners(\n    $companyId: ID\n    $first: Int\n    $after: String\n    $filter: SuggestionFilter\n    $includeHidden: Boolean\n  ) {\n    suggestedConnections(\n      companyId: $companyId\n      first: $first\n      after: $after\n      filter: $filter\n      includeHidden: $includeHidden\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          score\n          curation\n          curatedBy\n          curationNote\n          reasons {\n            code\n            message\n          }\n          partner {\n            id\n            name\n            province\n            city\n            languages\n            sectors {\n              code\n              label\n            }\n            therapeuticAreas {\n              code\n              label\n            }\n            offers {\n              code\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingsWithPartners($companyIds: [ID!]!) {\n    meetingsWithCompanies(companyIds: $companyIds) {\n      companyId\n      pendingRequest {\n        id\n        direction\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingsWithPartners($companyIds: [ID!]!) {\n    meetingsWithCompanies(companyIds: $companyIds) {\n      companyId\n      pendingRequest {\n        id\n        direction\n      }\n      nextMeeting {\n        id\n        start\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissSuggestion($partnerId: ID!, $reason: String) {\n    dismissSuggestion(partnerId: $partnerId, reason: $reason)\n  }\n',
): (typeof documents)['\n  mutation DismissSuggestion($partnerId: ID!, $reason: String) {\n    dismissSuggestion(partnerId: $partnerId, reason: $reason)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresIn\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    association\n    company {\n      id\n      name\n      province\n    }\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on User {\n    id\n    name\n    email\n    role\n    locale\n    timeZone\n    association\n    company {\n      id\n      name\n      province\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n',
): (typeof documents)['\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
