using Dispatch.Domain.Access;
using Dispatch.Domain.Whistles;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Whistles;

public class WhistleScopeTests
{
    [Fact]
    public void A_desk_sees_only_whistles_naming_its_department_and_an_officer_only_those_it_was_sent_to()
    {
        var scjg = OfficerOf("scjg");
        var w = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));
        var sthjDesk = new Scope(Role.DepartmentDesk, "desk-sthj", [], DepartmentId: "sthj");
        Assert.True(ScjgDesk.Scope.CanSee(w));
        Assert.True(ZhzfDesk.Scope.CanSee(w));
        Assert.False(sthjDesk.CanSee(w));
        Assert.True(As(scjg).Scope.CanSee(w));
        Assert.False(As(OfficerOf("scjg", nth: 1)).Scope.CanSee(w));
        Assert.True(Dispatcher.Scope.CanSee(w));
        Assert.False(OtherZone.Scope.CanSee(w));
        Assert.True(Staff.Scope.CanSee(w));
        Assert.False(OtherLeader.Scope.CanSee(w));
        Assert.True(Auditor.Scope.CanSee(w));
        Assert.False(new Scope(Role.GridWorker, "grid", [], TownshipId: "T01").CanSee(w));
        Assert.False(new Scope(Role.Admin, "admin", []).CanSee(w));
    }
}
