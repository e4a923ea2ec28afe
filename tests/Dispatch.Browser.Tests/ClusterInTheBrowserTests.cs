using Xunit.Abstractions;

namespace Dispatch.Browser.Tests;

/// <summary>The courses that must hold in both modes, run again against a cluster: users alternate between two gateways.</summary>
public sealed class ClusterInTheBrowserTests(ClusterAndBrowser env, ITestOutputHelper output) : IClassFixture<ClusterAndBrowser>
{
    [Fact]
    public Task A_township_whistle_runs_its_course_across_two_gateways() => new ConsoleInTheBrowserTests(env, output).WhistleCourse();

    [Fact]
    public Task A_hotline_ticket_runs_its_course_across_two_gateways_and_is_reported_back() => new ConsoleInTheBrowserTests(env, output).HotlineCourse();

    [Fact]
    public Task A_joint_inspection_runs_its_course_across_two_gateways() => new ConsoleInTheBrowserTests(env, output).InspectionCourse();
}
