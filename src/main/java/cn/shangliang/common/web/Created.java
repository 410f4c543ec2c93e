package cn.shangliang.common.web;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The body of a 201 answer: the new thing's id (its address is in the Location header). */
public record Created(long id) {

    public static Response at(String path, long id) {
        return Response.created(URI.create(path + id)).entity(new Created(id)).build();
    }
}
