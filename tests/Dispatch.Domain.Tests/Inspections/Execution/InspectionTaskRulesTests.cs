using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Execution;
using static Dispatch.Domain.Tests.Inspections.Execution.TaskWorld;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>The steps of a joint visit after planning: staffing, results, publication (一公开), rating and escalation.</summary>
public class InspectionTaskRulesTests
{
    static readonly DateTimeOffset Deadline = new DateTimeOffset(2026, 12, 6, 23, 59, 59, China).AddTicks(9_999_999);

    static void Refused(TaskOutcome outcome, RefusalKind kind)
    {
        Assert.Null(outcome.Task);
        Assert.Equal(kind, Assert.IsType<Refusal>(outcome.Refusal).Kind);
    }

    // --- Staff ---

    [Fact]
    public void A_planned_visit_is_staffed_by_a_draw_which_the_timeline_records()
    {
        var at = FirstResults.AddDays(-1);
        var outcome = InspectionTaskRules.Staff(ATask(), "draw-7", ["O1", "O2"], "ABCDEFGHJKMN", at);

        Assert.Null(outcome.Refusal);
        var task = outcome.Task!;
        Assert.Equal(InspectionTaskStatus.Drawn, task.Status);
        Assert.Equal(("draw-7", "ABCDEFGHJKMN"), (task.DrawId, task.Code));
        Assert.Equal(["O1", "O2"], task.InspectorIds);
        var entry = task.Timeline.Last();
        Assert.Equal((at, "drawn", "system"), (entry.At, entry.Action, entry.By));
        Assert.Contains("draw-7", entry.Detail);
        Assert.Equal(ATask().Timeline.Count + 1, task.Timeline.Count);
    }

    [Fact]
    public void A_visit_is_staffed_only_once_and_only_from_planned()
    {
        Refused(InspectionTaskRules.Staff(ATask().Drawn(), "draw-2", ["O3", "O4"], "ABCDEFGHJKMP", FirstResults), RefusalKind.Conflict);
        Refused(InspectionTaskRules.Staff(ATask().Inspected(), "draw-2", ["O3", "O4"], "ABCDEFGHJKMP", FirstResults), RefusalKind.Conflict);
    }

    [Fact]
    public void A_visit_needs_at_least_two_inspectors()
    {
        Refused(InspectionTaskRules.Staff(ATask(), "draw-1", ["O1"], "ABCDEFGHJKMN", FirstResults), RefusalKind.Invalid);
        Refused(InspectionTaskRules.Staff(ATask(), "draw-1", [], "ABCDEFGHJKMN", FirstResults), RefusalKind.Invalid);
    }

    // --- RecordResults: who ---

    public static TheoryData<string> NotDrawnForTheTask => ["another officer", "desk", "planner", "commander", "officer without id"];

    static Scope ScopeNamed(string who) => who switch
    {
        "another officer" => Inspector("O9"),
        "desk" => Desk("scjg"),
        "planner" => Office,
        "commander" => new Scope(Role.CountyCommander, "chief", []),
        _ => new Scope(Role.Officer, "uO1", []),
    };

    [Theory]
    [MemberData(nameof(NotDrawnForTheTask))]
    public void Only_an_inspector_drawn_for_the_visit_records_results(string who)
    {
        var outcome = InspectionTaskRules.RecordResults(ATask().Drawn(), ScopeNamed(who), [Pass("scjg-pricing")], FirstResults, Settings);
        Refused(outcome, RefusalKind.Forbidden);
    }

    [Fact]
    public void Forbidden_is_decided_before_conflict()
    {
        Refused(InspectionTaskRules.RecordResults(ATask(), Office, [Pass("scjg-pricing")], FirstResults, Settings), RefusalKind.Forbidden);
    }

    [Fact]
    public void Results_are_refused_before_the_draw_and_after_publication()
    {
        // Before a draw nobody is drawn, so any officer is refused as not drawn (403 before 409)...
        Refused(InspectionTaskRules.RecordResults(ATask(), Inspector("O1"), [Pass("scjg-pricing")], FirstResults, Settings), RefusalKind.Forbidden);
        // ...and a planned task that somehow names inspectors is still a conflict.
        var planned = ATask() with { InspectorIds = ["O1", "O2"] };
        Refused(InspectionTaskRules.RecordResults(planned, Inspector("O1"), [Pass("scjg-pricing")], FirstResults, Settings), RefusalKind.Conflict);

        var published = InspectionTaskRules.Publish(ATask().Inspected(), Inspector("O2"), FirstResults.AddHours(1)).Task!;
        Refused(InspectionTaskRules.RecordResults(published, Inspector("O1"), [Pass("scjg-pricing")], FirstResults.AddHours(2), Settings), RefusalKind.Conflict);
    }

    // --- RecordResults: what ---

    public static TheoryData<string, ItemResultInput?[]?> BadResults => new()
    {
        { "no list", null },
        { "empty list", [] },
        { "a null entry", [null] },
        { "no item code", [new ItemResultInput(null, "pass", null, null)] },
        { "an item not on the visit", [Pass("wsjk-public-hygiene")] },
        { "an item twice", [Pass("scjg-pricing"), Found("scjg-pricing")] },
        { "no outcome", [new ItemResultInput("scjg-pricing", null, null, null)] },
        { "an unknown outcome", [new ItemResultInput("scjg-pricing", "fail", "x", null)] },
        { "an outcome not in wire case", [new ItemResultInput("scjg-pricing", "Pass", null, null)] },
        { "a problem without a note", [Found("scjg-pricing", "problem", null)] },
        { "a severe finding with a blank note", [Found("scjg-pricing", "severe", "   ")] },
        { "a note of 1001 characters", [new ItemResultInput("scjg-pricing", "pass", new string('字', 1001), null)] },
        { "11 evidence ids", [Found("scjg-pricing", "problem", "x", Enumerable.Range(1, 11).Select(i => (string?)$"e{i}").ToArray())] },
        { "a null evidence id", [Found("scjg-pricing", "problem", "x", "e1", null)] },
        { "an evidence id with a slash", [Found("scjg-pricing", "problem", "x", "../e1")] },
        { "an empty evidence id", [Found("scjg-pricing", "problem", "x", "")] },
        { "an evidence id of 65 characters", [Found("scjg-pricing", "problem", "x", new string('e', 65))] },
        { "a photo not uploaded for this visit", [Found("scjg-pricing", "problem", "x", "e1", "someone-elses-photo")] },
        { "a good item then a bad one", [Pass("scjg-pricing"), Pass("nope")] },
    };

    [Theory]
    [MemberData(nameof(BadResults))]
    public void Malformed_results_are_invalid_and_change_nothing(string _, ItemResultInput?[]? items)
    {
        var before = ATask().Drawn().WithResults(FirstResults, Pass("scjg-gas-cylinder"));
        var outcome = InspectionTaskRules.RecordResults(before, Inspector("O1"), items, FirstResults.AddHours(1), Settings);

        Refused(outcome, RefusalKind.Invalid);
        Assert.Equal(["scjg-gas-cylinder"], before.Results.Select(r => r.ItemCode));
    }

    [Fact]
    public void Limits_themselves_are_accepted()
    {
        var ten = Enumerable.Range(1, 10).Select(i => (string?)$"photo_{i}.jpg").ToArray();
        var outcome = InspectionTaskRules.RecordResults(ATask().Drawn(), Inspector("O2"),
            [Found("scjg-pricing", "severe", "  " + new string('字', 1000) + "  ", ten), Pass("yjgl-gas-safety")], FirstResults, Settings);

        Assert.Null(outcome.Refusal);
        var severe = outcome.Task!.Results.Single(r => r.ItemCode == "scjg-pricing");
        Assert.Equal(ItemOutcome.Severe, severe.Outcome);
        Assert.Equal(1000, severe.Note.Length);  // trimmed before it is measured
        Assert.Equal(10, severe.EvidenceIds.Count);
        Assert.Equal(("uO2", FirstResults), (severe.RecordedBy, severe.RecordedAt));
    }

    [Fact]
    public void Results_mark_the_visit_inspected_and_are_recorded_in_the_timeline()
    {
        var task = ATask().Drawn().WithResults(FirstResults, Found("scjg-pricing", "problem", "未明码标价", "e1"));

        Assert.Equal(InspectionTaskStatus.Inspected, task.Status);
        Assert.Equal(FirstResults, task.InspectedAt);
        var entry = task.Timeline.Last();
        Assert.Equal((FirstResults, "results", "uO1"), (entry.At, entry.Action, entry.By));
        Assert.Contains("scjg-pricing problem", entry.Detail);
    }

    [Fact]
    public void Recording_an_item_again_replaces_its_result_and_keeps_the_others()
    {
        var task = ATask().Drawn()
            .WithResults(FirstResults, Found("scjg-pricing", "problem", "未明码标价"), Pass("yjgl-gas-safety"))
            .WithResults(FirstResults.AddHours(3), Pass("scjg-pricing"), Pass("scjg-gas-cylinder"));

        Assert.Equal(["scjg-gas-cylinder", "scjg-pricing", "yjgl-gas-safety"], task.Results.Select(r => r.ItemCode));
        var pricing = task.Results.Single(r => r.ItemCode == "scjg-pricing");
        Assert.Equal((ItemOutcome.Pass, "", FirstResults.AddHours(3)), (pricing.Outcome, pricing.Note, pricing.RecordedAt));
    }

    // --- publish deadline ---

    [Fact]
    public void The_publish_deadline_is_the_end_of_the_China_day_the_countys_days_after_the_first_results()
    {
        var task = ATask().Drawn().WithResults(FirstResults, Pass("scjg-pricing")); // 2026-12-01 04:00 in China

        Assert.Equal(Deadline, task.PublishDeadline);
        Assert.Equal(China, task.PublishDeadline!.Value.Offset);
        Assert.Equal(new DateTime(2026, 12, 6, 23, 59, 59).AddTicks(9_999_999), task.PublishDeadline.Value.DateTime);
    }

    [Fact]
    public void The_deadline_follows_the_countys_number_of_days()
    {
        var twoDays = new Dispatch.Domain.Inspections.InspectionSettings { PublishWithinDays = 2 };
        var lastMinute = new DateTimeOffset(2026, 11, 30, 15, 59, 0, TimeSpan.Zero); // 23:59 on 30 November in China
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 0, 0, 0, China).AddTicks(-1), InspectionTaskRules.PublishDeadlineFor(lastMinute, twoDays));
        var nextDay = lastMinute.AddMinutes(1);                                         // 00:00 on 1 December in China
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, China).AddTicks(-1), InspectionTaskRules.PublishDeadlineFor(nextDay, twoDays));
    }

    [Fact]
    public void Later_results_keep_the_first_deadline_and_inspection_time()
    {
        var task = ATask().Drawn()
            .WithResults(FirstResults, Pass("scjg-pricing"))
            .WithResults(FirstResults.AddDays(3), Pass("yjgl-gas-safety"));

        Assert.Equal(Deadline, task.PublishDeadline);
        Assert.Equal(FirstResults, task.InspectedAt);
    }

    // --- Publish ---

    [Fact]
    public void A_drawn_inspector_or_the_joint_meetings_office_publishes()
    {
        var inspected = ATask().Inspected();
        foreach (var who in new[] { Inspector("O1"), Inspector("O2"), Office })
        {
            var task = InspectionTaskRules.Publish(inspected, who, FirstResults.AddDays(1)).Task!;
            Assert.Equal((InspectionTaskStatus.Published, FirstResults.AddDays(1)), (task.Status, task.PublishedAt));
            Assert.Equal(("published", who.Username), (task.Timeline.Last().Action, task.Timeline.Last().By));
        }
        foreach (var who in new[] { Inspector("O9"), Desk("scjg"), new Scope(Role.CountyCommander, "chief", []), new Scope(Role.Admin, "admin", []) })
            Refused(InspectionTaskRules.Publish(inspected, who, FirstResults.AddDays(1)), RefusalKind.Forbidden);
    }

    [Fact]
    public void Publication_waits_until_every_item_has_a_result()
    {
        Refused(InspectionTaskRules.Publish(ATask(), Office, FirstResults), RefusalKind.Conflict);
        Refused(InspectionTaskRules.Publish(ATask().Drawn(), Office, FirstResults), RefusalKind.Conflict);
        var partly = ATask().Drawn().WithResults(FirstResults, Pass("scjg-pricing"), Pass("yjgl-gas-safety"));
        var refusal = InspectionTaskRules.Publish(partly, Office, FirstResults);
        Refused(refusal, RefusalKind.Conflict);
        Assert.Contains("scjg-gas-cylinder", refusal.Refusal!.Message);
    }

    [Fact]
    public void Results_are_published_once()
    {
        var published = InspectionTaskRules.Publish(ATask().Inspected(), Office, FirstResults.AddDays(1)).Task!;
        Refused(InspectionTaskRules.Publish(published, Office, FirstResults.AddDays(2)), RefusalKind.Conflict);
    }

    [Fact]
    public void Publication_up_to_the_deadline_is_on_time_and_after_it_late()
    {
        var inspected = ATask().Inspected();

        var onTime = InspectionTaskRules.Publish(inspected, Office, Deadline).Task!;
        Assert.True(onTime.PublishedOnTime);
        Assert.DoesNotContain("逾期", onTime.Timeline.Last().Detail);

        var late = InspectionTaskRules.Publish(inspected, Office, Deadline.AddTicks(1)).Task!;
        Assert.False(late.PublishedOnTime);
        Assert.Contains("逾期", late.Timeline.Last().Detail);
        Assert.False(inspected.PublishedOnTime); // not yet published
    }

    // --- Rate ---

    [Fact]
    public void The_enterprise_rates_a_visit_once()
    {
        var at = FirstResults.AddDays(1);
        var rated = InspectionTaskRules.Rate(ATask().Inspected(), 4, "  态度很好  ", at).Task!;

        Assert.Equal(new TaskRating(4, "态度很好", at), rated.Rating);
        Assert.Equal(("rated", "enterprise"), (rated.Timeline.Last().Action, rated.Timeline.Last().By));
        Refused(InspectionTaskRules.Rate(rated, 5, null, at.AddHours(1)), RefusalKind.Conflict);
    }

    [Fact]
    public void A_visit_is_rated_only_after_the_inspection()
    {
        Refused(InspectionTaskRules.Rate(ATask(), 5, null, FirstResults), RefusalKind.Conflict);
        Refused(InspectionTaskRules.Rate(ATask().Drawn(), 5, null, FirstResults), RefusalKind.Conflict);
        var published = InspectionTaskRules.Publish(ATask().Inspected(), Office, FirstResults.AddDays(1)).Task!;
        Assert.Equal(5, InspectionTaskRules.Rate(published, 5, null, FirstResults.AddDays(2)).Task!.Rating!.Score);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_score_outside_one_to_five_is_invalid(int? score) =>
        Refused(InspectionTaskRules.Rate(ATask().Inspected(), score, null, FirstResults), RefusalKind.Invalid);

    [Fact]
    public void A_comment_holds_at_most_500_characters()
    {
        Assert.NotNull(InspectionTaskRules.Rate(ATask().Inspected(), 1, new string('差', 500), FirstResults).Task);
        Refused(InspectionTaskRules.Rate(ATask().Inspected(), 1, new string('差', 501), FirstResults), RefusalKind.Invalid);
    }

    // --- Escalate ---

    [Fact]
    public void A_late_publication_is_escalated_once_after_the_deadline()
    {
        var inspected = ATask().Inspected();
        Assert.Null(InspectionTaskRules.Escalate(ATask().Drawn(), Deadline.AddDays(30)));  // no results, no deadline
        Assert.Null(InspectionTaskRules.Escalate(inspected, Deadline));

        var escalated = InspectionTaskRules.Escalate(inspected, Deadline.AddTicks(1));
        Assert.NotNull(escalated);
        Assert.True(escalated.Escalated);
        Assert.Equal(("escalated", "system"), (escalated.Timeline.Last().Action, escalated.Timeline.Last().By));
        Assert.Contains("2026-12-06 23:59", escalated.Timeline.Last().Detail);

        Assert.Null(InspectionTaskRules.Escalate(escalated, Deadline.AddDays(5)));
    }

    [Fact]
    public void A_published_visit_is_never_escalated()
    {
        var lateButPublished = InspectionTaskRules.Publish(ATask().Inspected(), Office, Deadline.AddDays(1)).Task!;
        Assert.Null(InspectionTaskRules.Escalate(lateButPublished, Deadline.AddDays(2)));
    }

    [Fact]
    public void Photos_are_added_by_a_drawn_inspector_until_publication_and_up_to_the_limit()
    {
        var task = ATask().Drawn();
        var added = InspectionTaskRules.AddEvidence(task, Inspector("O2"), Photo("new"), FirstResults);
        Assert.Null(added.Refusal);
        Assert.Equal("new", added.Task!.Evidence[^1].Id);
        Assert.Equal("evidence", added.Task.Timeline[^1].Action);

        Refused(InspectionTaskRules.AddEvidence(task, Inspector("O9"), Photo("x"), FirstResults), RefusalKind.Forbidden);
        Refused(InspectionTaskRules.AddEvidence(InspectionTaskRules.Publish(ATask().Inspected(), Inspector("O1"), FirstResults).Task!,
            Inspector("O1"), Photo("x"), FirstResults), RefusalKind.Conflict);
        var full = task with { Evidence = Enumerable.Range(0, InspectionTaskRules.MaxEvidence).Select(n => Photo($"p{n}")).ToList() };
        Refused(InspectionTaskRules.AddEvidence(full, Inspector("O1"), Photo("x"), FirstResults), RefusalKind.Conflict);
    }
}
