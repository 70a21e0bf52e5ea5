/**
 * @file 国会答弁デスクの中核 (shared core): the whole domain surface in one screen.
 * Pure: no browser, chrome, Office, Excel, window, document or wall clock (see clock.ts).
 */
// Dates
export {
  type IsoDate, type IsoMonth, addDays, assertIsoDate, daysBetween, eachDate, isIsoDate, isoMonthOf, weekday, weekdayKanji, ymd,
} from './dates/iso-date';
export {
  type JstInstant, type WallTime, addMinutes, fromEpochMs, isInstant, jstAt, jstDateOf, jstDateTimeLocal, jstStamp, jstTimeOf, minutesBetween, parseInstant, toEpochMs,
  toJst,
} from './dates/jst';
export { compareInstants } from './dates/compare-instants';
export { dateOfDayNumber, dayNumberOf } from './dates/day-number';
export { shortDate, shortJstDateTime } from './dates/short-date';
export { QUOTE_MAX_CHARS, clip, quoteValue, typeName } from './text/quote-value';
export { parseWareki, readNumber } from './dates/parse-wareki';
export { formatWareki, formatWarekiDateTime } from './dates/format-wareki';
export { eras } from './dates/eras';
// Calendar
export { type Calendar, japanCalendar } from './calendar/calendar';
export {
  type CalendarRules, type AddedCabinetMeeting, calendarRulesSchema, defaultCalendarRules, knownCancelledCabinetMeetings, knownIrregularCabinetMeetings,
} from './calendar/calendar-rules';
export { type CabinetDateKind, type OffCalendarDate, offCalendarCabinetDays } from './calendar/check-cabinet-days';
export { defaultCalendar } from './calendar/default-calendar';
// Deadlines
export { type AnswerDeadline, type AnswerDeadlineOptions, type Milestone, ANSWER_PERIOD_DAYS, answerDeadline, milestonesFor } from './deadline/answer-deadline';
export { type ExtensionRules, defaultExtensionRules, extensionRulesSchema } from './deadline/extension-rules';
export { defaultExtensionLeadTimes, extensionDateRule, extensionNoticeTemplate } from './deadline/extension-notice-rules';
export { type ExtensionProposal, type ExtensionProposalOptions, proposeExtension } from './deadline/propose-extension';
export { type ExtensionPlanCheck, type ExtensionPlanState, checkExtensionPlan, extensionPlanStateLabels } from './deadline/check-extension-plan';
export { type OrderedMilestones, instantOfWallMinutes, orderMilestones, wallMinutes, wallMinutesOfInstant } from './deadline/order-milestones';
// Sessions (会期)
export { type SessionExtension, type SessionKind, type SessionPeriod, type SessionSpan, sessionKinds } from './session/session-period';
export { sessionExtensionSchema, sessionListSchema, sessionPeriodSchema } from './session/session-schema';
export { builtinSessions } from './session/builtin-sessions';
export { parseSessionLabel } from './session/parse-session-label';
export { mergeSessions, sessionByNumber, sessionOn } from './session/session-lookup';
export { SESSIONS_KEY, loadSessions, saveSessions } from './session/session-store';
// Reports (通告実態の月報)
export { csvField, csvText } from './report/csv-text';
export {
  type SurveyCommitteeTotal, type SurveyNoticeInput, type SurveyReport, type SurveyReportRow, noticeSurveyReport, surveyCsv, surveyReportCells,
  surveyReportHeader,
} from './report/notice-survey-report';
export { type SurveyInputOptions, type SurveyItemTimes, surveyInputsFromNotices } from './report/survey-inputs';
export { type LeadTime, type MilestoneId, defaultLeadTimes, defaultMinWorkingDays, leadTimesSchema } from './deadline/lead-times';
export {
  type NoticeBand, type NoticeReference, classifyNotice, noticeBandLabel, noticeBands, noticeDeadline, noticeReference, noticeRule, openDayBefore,
  setNoticeInterval,
} from './deadline/notice-deadline';
// Model
export * from './model/primitives';
export { DIET_ORIGINS, MAX_SOURCE_URL_CHARS, type SourceUrlCheck, type SourceUrlOptions, checkSourceUrl, feedOrigin, feedSourceOptions, isAllowedSourceUrl, isRecordedPageUrl } from './model/source-url-policy';
export * from './model/written-question';
export * from './model/committee-notice';
export * from './model/assignment';
export * from './model/bureau';
export * from './model/audit-event';
export * from './model/jurisdiction';
export { issueLines, issuesText, japaneseIssues } from './model/issues-text';
// Exchange (交換バンドル)
export * from './exchange/bundle-schema';
export type { ConflictVersion, StoredConflict, StoredExchangeRecord } from './exchange/stored-exchange';
export * from './exchange/record-ids';
export { type MergeConflict, type MergeResult, mergeBundle, stableJson } from './exchange/merge-bundle';
export { conflictVersion, conflictVersionKey, withVersions } from './exchange/conflict-versions';
export { parseBundle, validateBundle } from './exchange/parse-bundle';
export { type BundleRejection, BundleRejectedError } from './exchange/bundle-error';
export { type BundleLimits, defaultBundleLimits } from './exchange/bundle-limits';
export { applyBundle } from './exchange/apply-bundle';
export { type SavedJurisdictions, saveJurisdictions } from './exchange/save-jurisdictions';
export { loadLocalBundle } from './exchange/load-local-bundle';
export { resolveConflict } from './exchange/resolve-conflict';
export { applyConflictChoice } from './exchange/apply-conflict-choice';
export { exchangeMessages } from './exchange/exchange-messages';
export { type BureauRules, defaultBureauRules } from './exchange/bureau-rules';
export { type BureauRow, type BureauView, type RecordedResponse, answersAllocation, bureauView, byUrgency, isBureau, itemRows, lastStage, milestoneDone } from './exchange/bureau-view';
export {
  type AnswerStage, type BureauResponse, type BureauResponseInput, type ObjectionReason, type ResponseSlot, answerStageLabels, answerStages,
  bureauResponseSchema, objectionReasonSchema, objectionReasonText, responseSlot, responseText,
} from './exchange/bureau-response';
export { recordedResponseText } from './exchange/response-text';
export { type ResponseRequest, type SavedResponse, responseMessages, retractBureauResponse, saveBureauResponse } from './exchange/save-response';
export { type HeldReport, checkReportBundle, reportBundle, reportProducer, responseBureau } from './exchange/report-bundle';
export { type QuestionNumber, compareItemLabels, compareQuestionNumbers, itemName, labelNumbers } from './exchange/card-order';
export { type DueNotification, dueNotifications, standDownNotice } from './exchange/due-notifications';
export { type BureauRecalls, bureauRecalls, recallTitle, recallWithdraws } from './exchange/bureau-recalls';
export { inStandbyNight, standbyNightEnd } from './exchange/standby-night';
export { type FeedFreshnessInput, type StandDownFreshness, standDownFreshness } from './exchange/stand-down-freshness';
export { formatTimeLeft } from './exchange/format-time-left';
export { type TeamsEvent, type TeamsPayload, teamsMessage, teamsSummary } from './exchange/teams-message';
export { TEAMS_TEXT_MAX_CHARS, teamsText } from './exchange/teams-text';
// Status
export { type DatedQuestionStatus, type QuestionStatus, effectiveDueOn, questionStatus, questionStatusLabels } from './status/question-status';
export { type ResolvedStatus, type StatusFacts, type StatusSource, detailPageRead, resolveQuestionStatus } from './status/resolve-question-status';
export { type ProgressStage, type ProgressTextRule, closedStages, progressStage, progressTextRules } from './status/progress-text-stages';
export { detailPageLabels, statusMessages } from './status/status-messages';
export { leadBureau } from './status/lead-bureau';
export { objectionDeadline, objectionMinutesLeft } from './status/objection-deadline';
// Capture (取込み: site pages and clipped 質問通告)
export { type CapturedField, type CapturedQuestion, capturedFields, capturedQuestionSchema } from './capture/captured-question';
export { captureMessages } from './capture/capture-messages';
export { type MergedQuestion, mergeCapturedQuestion, mergeItems } from './capture/merge-captured-question';
export { type CaptureSummary, saveCapturedQuestions } from './capture/save-captured-questions';
export { type QuestionPage, type QuestionPageKind, hasQuestionItems, questionPageLabel, selectQuestionPages, textPageToFetch } from './capture/select-question-pages';
export { type FetchFailure, type FetchFailureGroup, type FetchFailureReason, type FetchFailureText, fetchFailureReasons, fetchFailureTexts, groupFetchFailures } from './capture/page-fetch-failure';
export { canonicalDietUrl } from './capture/canonical-diet-url';
export { type SplitNotice, splitNoticeItems } from './capture/split-notice-items';
export { type SplitQuestion, splitQuestionItems } from './capture/split-question-items';
export { PREAMBLE_LABEL, WHOLE_ANSWER_LABEL, splitAnswerItems } from './capture/split-answer-items';
export { type NoticeLateness, noticeLateness } from './capture/notice-lateness';
export { noticeBandText } from './capture/notice-band-text';
export { guessNoticeFields } from './capture/guess-notice-fields';
export { type ClipFormCheck, type ClipFormField, type ClipFormInput, type ClipFormValue, checkClipForm } from './capture/check-clip-form';
export { CLIP_ADAPTER, type ClipOrigin, buildClippedNotice } from './capture/build-clipped-notice';
export { saveClippedNotice } from './capture/save-clipped-notice';
export {
  type EditAuthor, type EditableField, MAX_TITLE_LENGTH, type QuestionEdit, type QuestionEditInput, editCapturedQuestion, editableFieldLabels,
} from './capture/edit-captured-question';
export { type SavedQuestionEdit, saveQuestionEdit } from './capture/save-question-edit';
// Persistence
export { DEFAULT_BLOCKED_TIMEOUT_MS, type DietDb, type OpenDietDbOptions, openDietDb } from './persistence/open-diet-db';
export { DB_VERSION, migrations } from './persistence/migrations';
export type { DietDbSchema, SettingRecord, StoreName, StoredWrittenQuestion } from './persistence/schema';
export { writeBatch } from './persistence/write-batch';
export { type AtomicErrors, type AtomicTransaction, atomically } from './persistence/atomically';
// Errors, messages, clock
export { CalendarRangeError, DatabaseBlockedError, DateParseError, ValidationError } from './errors';
export { messages } from './messages';
export { type Clock, fixedClock, systemClock } from './clock';
// Evening briefing (夕方レク), stand-down (待機解除) (shared/evening, rules in shared/evening/RULES.md)
export {
  type BureauDefaults, type BureauSettings, type EveningRules, type EveningSlotDefaults, type MorningSlotDefaults, type RoleMinutes,
  bureauSettingsSchema, defaultEveningRules, eveningRulesSchema, roleMinutesSchema,
} from './evening/evening-rules';
export type {
  AllocationBlocker, AllocationState, BureauRecall, BureauRelease, EveningAssignment, EveningInput, EveningNotice, EveningPlan, EveningProgress,
  EveningSitting, EveningSlotInput, EveningSummary, ItemReason, LectureAttendance, PlannedItem, PlannedSlot, QuestionerStage, ReleaseDecision,
  ReleaseReason, ReleaseStatus, SittingDayInput, SlotKind, StandbyDayInput, StandbyDayPlan, StandbyDayShared,
} from './evening/evening-types';
// Safe stand-down (待機解除の安全条件) — shared/evening/RULES.md §9
export {
  type DutyRota, type NoticeStage, type RecallReason, type RegularSitting, type ReportedNoticeStage, type SittingState, type StandDownRules,
  defaultStandDownRules, dutyRotaSchema, noticeStages, reportedNoticeStageSchema, sittingStateSchema, sittingStates, standDownRulesSchema,
} from './evening/stand-down-rules';
export { planStandbyDay } from './evening/plan-standby-day';
export { type ReplayEvent, type ReplayFile, type ReplayOutput, replayFileSchema } from './evening/replay-schema';
export { type ReplayOptions, parseReplayFile, replayEvening, replayInput } from './evening/replay-evening';
export { standbyDay } from './evening/standby-day';
export { defaultBriefingSlots } from './evening/default-briefing-slots';
export { planEvening } from './evening/plan-evening';
export { type EveningPlanChanges, diffEveningPlans } from './evening/diff-evening-plans';
export { replanEvening } from './evening/replan-evening';
export { eveningMessages, shortDateTime } from './evening/evening-messages';
export { type PlanRecords, type PlanRecordsOptions, eveningMilestoneKinds, eveningPlanToRecords } from './evening/evening-plan-to-records';
// Standby ledger (待機・超勤の見える化) (shared/standby, rules in shared/standby/RULES.md)
export { type OvertimeCaps, defaultOvertimeCaps, overtimeCapsSchema } from './standby/overtime-caps';
export { type StandbyEntry, standbyEntrySchema } from './standby/standby-entry';
export { standbyEntriesFromPlans } from './standby/standby-entries-from-plans';
export { standbyHours } from './standby/standby-hours';
export { type CapStatus, type StandbyTally, type TallyOptions, tallyStandby } from './standby/tally-standby';
// Seeded random numbers (乱数): the simulation, property and fuzz tests, benchmarks (shared/random)
export { seededRandom } from './random/seeded-random';
// Late-night simulation (深夜待機シミュレーション) (shared/simulation, figures in shared/simulation/RULES.md)
export { type NoticeBandSpec, type NoticeDay, type NoticeScenario, type SurveyFigures, type TailBand, type UniformBand, noticeScenarioSchema, noticeScenarios, officeClockMinutes } from './simulation/notice-scenarios';
export { type DecisionRange, type SimulationAssumptions, defaultSimulationAssumptions, simulationAssumptionsSchema } from './simulation/simulation-assumptions';
export type { DayOutcome, PolicyMetrics, ReleaseOutcome, SimulatedDay, SimulationRun, SimulationSummary, SurveyComparison } from './simulation/simulation-types';
export { type SimulationPolicy, baselinePolicy, plannedAllocationMinutes, plannedPolicy } from './simulation/simulation-policy';
export { simulationMessages } from './simulation/simulation-messages';
export { sittingDates } from './simulation/sitting-dates';
export { generateSittingDay } from './simulation/generate-sitting-day';
export { simulationBureaus } from './simulation/simulation-bureaus';
export { policyInput } from './simulation/policy-input';
export { type PolicyRuns, type SimulationOptions, runPolicies } from './simulation/run-policies';
export { policyMetrics, weightedMedian } from './simulation/policy-metrics';
export { CALIBRATION_TOLERANCE_MINUTES, ratio, runSimulation } from './simulation/run-simulation';
export { type CalibrationCandidate, type CalibrationGrid, type CalibrationResult, calibrateBaseline, defaultCalibrationGrid } from './simulation/calibrate-baseline';
export { type SensitivityChange, type SensitivityVariant, sensitivityVariants } from './simulation/sensitivity-variants';
export { type AnalysedSummary, type CutRange, type DecompositionRow, type Lever, type ScenarioAnalysis, type SensitivityRow, SENSITIVITY_DAYS, analyseScenario, analysedSummary } from './simulation/run-analysis';
export { formatClockMinutes } from './simulation/format-clock-minutes';
export { formatSimulationTable } from './simulation/format-simulation-table';
export { calibrationGridReport, formatCalibrationGrid, formatCalibrationTable } from './simulation/format-calibration-table';
export { formatCutRange, formatDecompositionTable, formatSensitivityTable } from './simulation/format-analysis-tables';
export { releaseTimesSvg } from './simulation/release-times-svg';
export { lateNightReport } from './simulation/late-night-report';
export { type SimulateArgs, defaultSimulateArgs, parseSimulateArgs } from './simulation/parse-simulate-args';
export { type DigestChange, type DigestEntry, type DigestSnapshot, type MorningDigest, digestHeading, digestSnapshot, morningDigest } from './exchange/morning-digest';
export { conflictVersionSummary } from './exchange/conflict-summary';
