package cn.ipcity.supervision;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Optimistic locking: someone else changed the record since the client read it; the API answers 409. */
public class StaleVersionException extends ErrorResponseException {

    public StaleVersionException(String entity, long id, int expected) {
        super(HttpStatus.CONFLICT, problem(entity, id, expected), null);
    }

    private static ProblemDetail problem(String entity, long id, int expected) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "该记录已被他人修改，请刷新后重试 / " + entity + " " + id + " was changed by someone else since version " + expected
                        + "; reload and try again");
        p.setType(URI.create("urn:ipcity:error:stale-version"));
        p.setProperty("id", id);
        p.setProperty("expectedVersion", expected);
        return p;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
