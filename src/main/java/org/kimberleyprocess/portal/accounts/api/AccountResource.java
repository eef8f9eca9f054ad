package org.kimberleyprocess.portal.accounts.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.kimberleyprocess.portal.accounts.application.AccountService;
import org.kimberleyprocess.portal.accounts.application.AccountView;

/** Accounts over HTTP: one's own, and the Secretariat's list and unlocking. Roles are checked in the service. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    @Path("me")
    public AccountView me() {
        return accounts.myAccount();
    }

    @GET
    public List<AccountView> all() {
        return accounts.allAccounts();
    }

    @POST
    @Path("{username}/unlock")
    public Response unlock(@PathParam("username") String username) {
        accounts.unlock(username);
        return Response.noContent().build();
    }
}
